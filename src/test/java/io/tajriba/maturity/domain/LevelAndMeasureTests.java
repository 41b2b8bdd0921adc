package io.tajriba.maturity.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class LevelAndMeasureTests {

	@Test
	void theNearestLevelRoundsAHalfDown() {
		assertThat(Level.nearest(1)).isEqualTo(Level.INITIAL);
		assertThat(Level.nearest(2.5)).isEqualTo(Level.DEVELOPING);
		assertThat(Level.nearest(2.51)).isEqualTo(Level.DEFINED);
		assertThat(Level.nearest(3.49)).isEqualTo(Level.DEFINED);
		assertThat(Level.nearest(5)).isEqualTo(Level.OPTIMIZED);
		assertThat(Level.of(4).key()).isEqualTo("managed");
		assertThatThrownBy(() -> Level.nearest(0.9)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Level.of(6)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aShareHasItsWilsonIntervalAndNoDataWhenTheWholeIsEmpty() {
		// 8 of 10: p = 0.8, Wilson 95% [0.4902, 0.9433] (z = 1.95996)
		Measure m = Measure.share(8, 10);
		assertThat(m.value()).isEqualTo(0.8);
		assertThat(m.n()).isEqualTo(10);
		assertThat(m.ci95()[0]).isCloseTo(0.4902, offset(1e-4));
		assertThat(m.ci95()[1]).isCloseTo(0.9433, offset(1e-4));
		assertThat(m.missing()).isEqualTo(2);
		Measure none = Measure.share(0, 0);
		assertThat(none.hasData()).isFalse();
		assertThat(none.missing()).isZero();
		assertThatThrownBy(() -> Measure.share(3, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Measure.count(0).hasData()).isTrue();
	}

	@Test
	void aRuleCountsTheThresholdsReached() {
		EvidenceRule rule = new EvidenceRule("r", "c", Measure.Kind.SHARE, List.of(0.2, 0.4, 0.6, 0.8));
		assertThat(rule.level(Measure.share(1, 10))).isEqualTo(Level.INITIAL);
		assertThat(rule.level(Measure.share(2, 10))).isEqualTo(Level.DEVELOPING);
		assertThat(rule.level(Measure.share(5, 10))).isEqualTo(Level.DEFINED);
		assertThat(rule.level(Measure.share(4, 5))).isEqualTo(Level.OPTIMIZED);
		assertThat(rule.level(Measure.share(0, 0))).isNull();
		assertThatThrownBy(() -> rule.level(Measure.count(3))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EvidenceRule("r", "c", Measure.Kind.COUNT, List.of(1.0, 1.0, 2.0, 3.0)))
			.hasMessageContaining("ascend");
		assertThatThrownBy(() -> new EvidenceRule("r", "c", Measure.Kind.COUNT, List.of(1.0, 2.0)))
			.hasMessageContaining("4 thresholds");
	}
}
