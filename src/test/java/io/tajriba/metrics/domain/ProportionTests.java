package io.tajriba.metrics.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProportionTests {

	// Wilson: centre = (p + z^2/2n) / (1 + z^2/n), half = z / (1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2), z^2 = 3.841459

	@Test
	void wilsonIntervalOfEightInTen() {
		// centre = (0.8 + 0.192073) / 1.384146 = 0.716739
		// half = 1.416005 * sqrt(0.016 + 0.009604) = 1.416005 * 0.160012 = 0.226578 -> [0.490161, 0.943317]
		Proportion p = Proportion.of(8, 10);
		assertThat(p.value()).isEqualTo(0.8);
		assertThat(p.percent()).isCloseTo(80, within(1e-9));
		assertThat(p.ciLow()).isCloseTo(0.490161, within(1e-5));
		assertThat(p.ciHigh()).isCloseTo(0.943317, within(1e-5));
	}

	@Test
	void wilsonAtZeroAndOneStaysOpen() {
		// p = 0 of 10: centre = 0.192073 / 1.384146 = 0.138767, half = 1.416005 * sqrt(0.009604) = 0.138767
		Proportion none = Proportion.of(0, 10);
		assertThat(none.ciLow()).isCloseTo(0, within(1e-9));
		assertThat(none.ciHigh()).isCloseTo(0.277533, within(1e-5));
		// p = 1 mirrors it
		Proportion all = Proportion.of(10, 10);
		assertThat(all.ciLow()).isCloseTo(1 - 0.277533, within(1e-5));
		assertThat(all.ciHigh()).isCloseTo(1, within(1e-9));
	}

	@Test
	void emptyAndSingleGroups() {
		Proportion empty = Proportion.of(0, 0);
		assertThat(empty.n()).isZero();
		assertThat(empty.ciLow()).isZero();
		assertThat(empty.ciHigh()).isEqualTo(1);
		// one yes: centre = (1 + 1.920730) / 4.841459 = 0.603273, half = 0.404823 * sqrt(0 + 0.960365) = 0.396726
		Proportion one = Proportion.of(1, 1);
		assertThat(one.ciLow()).isCloseTo(0.206546, within(1e-5));
		assertThat(one.ciHigh()).isCloseTo(1, within(1e-9));
	}

	@Test
	void twoProportionTest() {
		// 40 of 100 then 55 of 100: pooled 0.475, se = sqrt(0.475 * 0.525 * (1/100 + 1/100)) = 0.0706222
		// z = 0.15 / 0.0706222 = 2.12398, p = 2 * (1 - Phi(2.12398)) = 0.03367
		ChangeTest change = Proportion.change(Proportion.of(40, 100), Proportion.of(55, 100));
		assertThat(change.difference()).isCloseTo(0.15, within(1e-12));
		assertThat(change.z()).isCloseTo(2.12398, within(1e-4));
		assertThat(change.pValue()).isCloseTo(0.03367, within(1e-4));
		assertThat(change.significant()).isTrue();
		assertThat(Proportion.change(Proportion.of(0, 0), Proportion.of(5, 10)).significant()).isFalse();
		assertThat(Proportion.change(Proportion.of(0, 10), Proportion.of(0, 20)).pValue()).isEqualTo(1);
	}

	@Test
	void badCountsAreRejected() {
		assertThatThrownBy(() -> Proportion.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Proportion.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Proportion(1, 2, 0.5, 0.6, 0.9)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void countsBeyondTheIntRangeStillGetAnInterval() {
		// 3 billion visits, a third bouncing: the interval is a hair around 1/3
		Proportion p = Proportion.of(1_000_000_000L, 3_000_000_000L);
		assertThat(p.value()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(p.ciLow()).isCloseTo(1.0 / 3, within(1e-4)).isLessThan(p.value());
		assertThat(p.ciHigh()).isCloseTo(1.0 / 3, within(1e-4)).isGreaterThan(p.value());
	}

	@Test
	void emotionSharesLargestFirst() {
		// joy 6, anger 3, fear 1 of 10 answers
		Distribution d = Distribution.of(Map.of("fear", 1L, "joy", 6L, "anger", 3L));
		assertThat(d.n()).isEqualTo(10);
		assertThat(d.shares()).extracting(Distribution.Share::category).containsExactly("joy", "anger", "fear");
		assertThat(d.shares().get(0).proportion().value()).isCloseTo(0.6, within(1e-12));
		assertThat(d.shares().get(2).proportion().value()).isCloseTo(0.1, within(1e-12));
		// 8 answers that may show several emotions: joy in 6 (75%), surprise in 4 (50%)
		Distribution multi = Distribution.of(Map.of("joy", 6L, "surprise", 4L), 8);
		assertThat(multi.shares()).extracting(s -> s.proportion().value()).containsExactly(0.75, 0.5);
		assertThat(Distribution.of(Map.of()).n()).isZero();
	}
}
