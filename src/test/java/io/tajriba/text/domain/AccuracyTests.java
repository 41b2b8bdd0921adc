package io.tajriba.text.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AccuracyTests {

	@Test
	void aShareWithItsWilsonInterval() {
		// 8 of 10: p = 0.8, Wilson 95% [0.4902, 0.9433] (z = 1.96)
		var accuracy = Accuracy.of(8, 10);
		assertThat(accuracy.value()).isEqualTo(0.8);
		assertThat(accuracy.ciLow()).isCloseTo(0.4902, within(1e-3));
		assertThat(accuracy.ciHigh()).isCloseTo(0.9433, within(1e-3));
		assertThat(accuracy.percent()).isCloseTo(80, within(1e-9));
	}

	@Test
	void allRightStaysOpenBelowAndNothingCountedIsTheWholeRange() {
		// 5 of 5: the interval reaches down to 0.566, not a point at 100%
		var all = Accuracy.of(5, 5);
		assertThat(all.ciHigh()).isEqualTo(1.0);
		assertThat(all.ciLow()).isCloseTo(0.566, within(1e-3));
		var none = Accuracy.of(0, 0);
		assertThat(none.n()).isZero();
		assertThat(none.ciLow()).isZero();
		assertThat(none.ciHigh()).isEqualTo(1.0);
		assertThatThrownBy(() -> Accuracy.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aboutAFifthOfTheCorrectedTextsIsHeldOutAlwaysTheSame() {
		var random = new java.util.Random(7);
		int heldOut = 0;
		for (int i = 0; i < 10_000; i++) {
			var id = new java.util.UUID(random.nextLong(), random.nextLong());
			heldOut += HeldOutCorrections.heldOut(id) ? 1 : 0;
			assertThat(HeldOutCorrections.heldOut(id)).isEqualTo(HeldOutCorrections.heldOut(
					new java.util.UUID(id.getMostSignificantBits(), id.getLeastSignificantBits())));
		}
		assertThat(heldOut).isBetween(1_850, 2_150);
	}
}
