package io.tajriba.quality.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Training needs from tests and coaching effects with their intervals, against hand-computed cases. */
class CoachingStatisticsTests {

	@Test
	void aCriterionClearlyBelowTheTeamIsANeedAndAnEqualOneIsNot() {
		// agent mean 0.3 (variance 0.00667, n 4), rest 0.8 (0.008, n 6): t = −0.5 / √(0.00167 + 0.00133) = −9.13
		var below = TrainingNeeds.criterion(new double[] { 0.2, 0.3, 0.4, 0.3 },
				new double[] { 0.8, 0.9, 0.7, 0.8, 0.9, 0.7 });
		assertThat(below.gap()).isCloseTo(-0.5, within(1e-12));
		assertThat(below.pValue()).isLessThan(0.001);
		assertThat(below.need()).isTrue();
		var same = TrainingNeeds.criterion(new double[] { 0.7, 0.9, 0.8 }, new double[] { 0.8, 0.9, 0.7, 0.8 });
		assertThat(same.need()).isFalse();
		var above = TrainingNeeds.criterion(new double[] { 1, 0.9, 1 }, new double[] { 0.5, 0.6, 0.4 });
		assertThat(above.need()).isFalse();
		assertThat(TrainingNeeds.criterion(new double[] { 0.1 }, new double[] { 0.9, 0.8 }).need()).isFalse();
	}

	@Test
	void complaintsAboutAnAgentAreTestedExactly() {
		// 8 of 10 against 2 of 10: P(X ≥ 8), X hypergeometric (20, 10, 10) = (45·45 + 10·10 + 1) / C(20, 10)
		var verdict = TrainingNeeds.share(8, 10, 2, 10);
		assertThat(verdict.pValue()).isCloseTo(2126.0 / 184756, within(1e-12));
		assertThat(verdict.gap()).isCloseTo(0.6, within(1e-12));
		assertThat(verdict.need()).isTrue();
		assertThat(TrainingNeeds.share(3, 10, 2, 10).need()).isFalse();
	}

	@Test
	void beforeAndAfterWithWelchsInterval() {
		// means 0.6 → 0.9, variances 0.01 (n 3 each): SE² = 0.00667, df 4, t(0.975, 4) = 2.776445
		Effect effect = Effect.beforeAfter(new double[] { 0.5, 0.6, 0.7 }, new double[] { 0.8, 0.9, 1.0 });
		assertThat(effect.value()).isCloseTo(0.3, within(1e-12));
		assertThat(effect.low()).isCloseTo(0.3 - 2.776445 * Math.sqrt(0.02 / 3), within(1e-6));
		assertThat(effect.high()).isCloseTo(0.3 + 2.776445 * Math.sqrt(0.02 / 3), within(1e-6));
		assertThat(effect.helped()).isTrue();
		assertThat(Effect.beforeAfter(new double[] { 0.5 }, new double[] { 0.8, 0.9 })).isNull();
	}

	@Test
	void againstAgentsNotYetCoachedTheSameChangeMayNotBeTheCoachingsDoing() {
		// the others rose 0.1 too: effect 0.2, SE² = 4 · 0.01 / 3, df 8, t(0.975, 8) = 2.306004
		Effect effect = Effect.differenceInDifferences(new double[] { 0.5, 0.6, 0.7 }, new double[] { 0.8, 0.9, 1.0 },
				new double[] { 0.5, 0.6, 0.7 }, new double[] { 0.6, 0.7, 0.8 });
		assertThat(effect.value()).isCloseTo(0.2, within(1e-12));
		assertThat(effect.low()).isCloseTo(0.2 - 2.306004 * Math.sqrt(0.04 / 3), within(1e-6));
		assertThat(effect.n()).isEqualTo(12);
		assertThat(effect.helped()).isFalse();
	}
}
