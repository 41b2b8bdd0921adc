package io.tajriba.metrics.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NpsTests {

	static final double Z = 1.959964;

	@Test
	void scoreAndIntervalFromCounts() {
		// 50 promoters, 30 passives, 20 detractors: NPS = 100 * (50 - 20) / 100 = 30
		// var = [0.5 + 0.2 - (0.5 - 0.2)^2] / 100 = 0.61 / 100 = 0.0061, se = 0.0781025 = 7.81025 points
		// margin = 1.959964 * 7.81025 = 15.30781 -> [14.69219, 45.30781]
		NpsResult nps = Nps.of(50, 30, 20);
		assertThat(nps.n()).isEqualTo(100);
		assertThat(nps.value()).isCloseTo(30, within(1e-9));
		assertThat(nps.variance()).isCloseTo(61, within(1e-9));
		assertThat(nps.ciLow()).isCloseTo(14.69219, within(1e-4));
		assertThat(nps.ciHigh()).isCloseTo(45.30781, within(1e-4));
		assertThat(nps.tooFew()).isFalse();
	}

	@Test
	void intervalIsClippedToTheScale() {
		// 9 promoters, 1 detractor: NPS 80; var = [0.9 + 0.1 - 0.8^2] / 10 = 0.036, se = 18.97367 points
		// margin = 1.959964 * 18.97367 = 37.18770 -> [42.81230, 117.19] clipped to 100
		NpsResult nps = Nps.of(9, 0, 1);
		assertThat(nps.value()).isCloseTo(80, within(1e-9));
		assertThat(nps.ciLow()).isCloseTo(42.81230, within(1e-4));
		assertThat(nps.ciHigh()).isEqualTo(100);
		assertThat(nps.tooFew()).isTrue();
	}

	@Test
	void unanimousAnswersHaveNoSpread() {
		// all promoters: var = 1 + 0 - 1^2 = 0, so the interval is the point 100
		NpsResult promoters = Nps.of(40, 0, 0);
		assertThat(promoters.value()).isEqualTo(100);
		assertThat(promoters.ciLow()).isEqualTo(100);
		assertThat(promoters.ciHigh()).isEqualTo(100);
		assertThat(promoters.tooFew()).isFalse();
		// all detractors: -100, and 10 < 30 answers
		NpsResult detractors = Nps.of(0, 0, 10);
		assertThat(detractors.value()).isEqualTo(-100);
		assertThat(detractors.ciLow()).isEqualTo(-100);
		assertThat(detractors.ciHigh()).isEqualTo(-100);
		assertThat(detractors.tooFew()).isTrue();
	}

	@Test
	void aSingleAnswerAndNoAnswers() {
		NpsResult one = Nps.of(0, 1, 0);
		assertThat(one.n()).isEqualTo(1);
		assertThat(one.value()).isZero();
		assertThat(one.tooFew()).isTrue();
		NpsResult none = Nps.of(0, 0, 0);
		assertThat(none.n()).isZero();
		assertThat(none.value()).isZero();
		assertThat(none.ciLow()).isEqualTo(-100);
		assertThat(none.ciHigh()).isEqualTo(100);
		assertThat(none.tooFew()).isTrue();
	}

	@Test
	void theMinimumIsConfigurable() {
		assertThat(Nps.of(5, 3, 2, 10).tooFew()).isFalse();
		assertThat(Nps.of(5, 3, 1, 10).tooFew()).isTrue();
		assertThat(Nps.of(0, 0, 0, 0).tooFew()).isFalse();
		assertThatThrownBy(() -> Nps.of(1, 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void fromTheAnswersOfAZeroToTenScale() {
		// answers 10, 9, 8, 7, 6, 0: 2 promoters, 2 passives, 2 detractors -> NPS 0
		NpsResult nps = Nps.of(ScaleCounts.ofAnswers(0, 10, 10, 9, 8, 7, 6, 0), 30);
		assertThat(nps.promoters()).isEqualTo(2);
		assertThat(nps.passives()).isEqualTo(2);
		assertThat(nps.detractors()).isEqualTo(2);
		assertThat(nps.value()).isZero();
		assertThatThrownBy(() -> Nps.of(ScaleCounts.csat(1, 1, 1, 1, 1), 30))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aChangeWithinTheNoiseIsNotSignificant() {
		// before 50/30/20 of 100: NPS 30, var 61 points^2 (above)
		// after 60/25/15 of 100: NPS 45, var = [0.6 + 0.15 - 0.45^2] / 100 = 0.5475 / 100 -> 54.75 points^2
		// z = 15 / sqrt(61 + 54.75) = 15 / 10.75872 = 1.39422; p = 2 * (1 - Phi(1.39422)) = 2 * 0.081629 = 0.16326
		ChangeTest change = Nps.change(Nps.of(50, 30, 20), Nps.of(60, 25, 15));
		assertThat(change.difference()).isCloseTo(15, within(1e-9));
		assertThat(change.z()).isCloseTo(1.39422, within(1e-4));
		assertThat(change.pValue()).isCloseTo(0.16326, within(1e-3));
		assertThat(change.significant()).isFalse();
	}

	@Test
	void theSameChangeOnTenTimesTheAnswersIsSignificant() {
		// variances shrink tenfold: z = 15 / sqrt(6.1 + 5.475) = 15 / 3.402205 = 4.40890, p = 1.04e-5
		ChangeTest change = Nps.change(Nps.of(500, 300, 200), Nps.of(600, 250, 150));
		assertThat(change.z()).isCloseTo(4.40890, within(1e-4));
		assertThat(change.pValue()).isCloseTo(1.04e-5, within(1e-6));
		assertThat(change.significant()).isTrue();
	}

	@Test
	void changesWithoutSpreadOrWithoutAnswers() {
		ChangeTest same = Nps.change(Nps.of(40, 0, 0), Nps.of(50, 0, 0));
		assertThat(same.z()).isZero();
		assertThat(same.pValue()).isEqualTo(1);
		assertThat(same.significant()).isFalse();
		ChangeTest flipped = Nps.change(Nps.of(40, 0, 0), Nps.of(0, 0, 50));
		assertThat(flipped.difference()).isEqualTo(-200);
		assertThat(flipped.z()).isNegative().isInfinite();
		assertThat(flipped.significant()).isTrue();
		ChangeTest empty = Nps.change(Nps.of(0, 0, 0), Nps.of(50, 0, 0));
		assertThat(empty.significant()).isFalse();
		assertThat(empty.pValue()).isEqualTo(1);
	}

	@Test
	void badCountsAreRejected() {
		assertThatThrownBy(() -> Nps.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NpsResult(3, 1, 1, 0, 50, 0, 100, true))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be");
		assertThatThrownBy(() -> new NpsResult(1, 1, 0, 0, 100, 0, 90, true))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
	}

	@Test
	void theQuantileIsTheNormalOne() {
		assertThat(Stats.Z).isCloseTo(Z, within(1e-6));
	}
}
