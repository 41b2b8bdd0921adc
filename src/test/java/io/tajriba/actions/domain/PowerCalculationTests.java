package io.tajriba.actions.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The weeks an initiative needs, from the formula worked by hand. */
class PowerCalculationTests {

	@Test
	void theSmallestWholeNumberOfWeeksThatReachesEightyPercentPower() {
		// σ 40 at 50 treated and 100 control answers a week, 8 baseline weeks, effect 10:
		// Var(W) = (1600/50 + 1600/100)·(1/W + 1/8) = 48·(1/W + 1/8); (z₀.₉₇₅ + z₀.₈)² = 2.801585² = 7.848880
		// W = 7: 7.84888·48·(1/7 + 1/8) = 100.91 > 100; W = 8: 7.84888·48·(1/8 + 1/8) = 94.19 ≤ 100
		PowerPlan plan = PowerCalculation.weeksNeeded(10, 40, 50, 40, 100, 8, 104);
		assertThat(plan.weeks()).isEqualTo(8);
		// 2.801585·√(48·(1/52 + 1/8)) = 2.801585·2.631174 = 7.371458
		assertThat(plan.detectableAt52Weeks()).isCloseTo(7.371458, within(1e-6));
		assertThat(plan.standardDeviation()).isEqualTo(40);
		assertThat(plan.treatedPerWeek()).isEqualTo(50);
		assertThat(plan.controlPerWeek()).isEqualTo(100);
		// the sign of the effect does not matter
		assertThat(PowerCalculation.weeksNeeded(-10, 40, 50, 40, 100, 8, 104).weeks()).isEqualTo(8);
	}

	@Test
	void withoutControlsOnlyTheTreatedTermsCount() {
		// Var(W) = 32·(1/W + 1/8): 7.84888·32·(1/4 + 1/8) = 94.19 ≤ 100, at W = 3: 115.12; the control sd is ignored
		PowerPlan plan = PowerCalculation.weeksNeeded(10, 40, 50, 99, 0, 8, 104);
		assertThat(plan.weeks()).isEqualTo(4);
		assertThat(plan.detectableAt52Weeks()).isCloseTo(2.801585 * Math.sqrt(32 * (1.0 / 52 + 1.0 / 8)),
				within(1e-5));
	}

	@Test
	void anEffectOutOfReachHasNoWeeks() {
		// within 7 weeks: 8 are needed
		assertThat(PowerCalculation.weeksNeeded(10, 40, 50, 40, 100, 8, 7).weeks()).isNull();
		// the baseline alone: 7.84888·48/8 = 47.09 > 25 = 5², however long it runs
		assertThat(PowerCalculation.weeksNeeded(5, 40, 50, 40, 100, 8, 10_000).weeks()).isNull();
		// no treated answers: nothing is detectable
		PowerPlan silent = PowerCalculation.weeksNeeded(10, 40, 0, 40, 100, 8, 104);
		assertThat(silent.weeks()).isNull();
		assertThat(silent.detectableAt52Weeks()).isInfinite();
	}

	@Test
	void withoutSpreadOneWeekIsEnough() {
		PowerPlan plan = PowerCalculation.weeksNeeded(1, 0, 20, 0, 20, 4, 52);
		assertThat(plan.weeks()).isEqualTo(1);
		assertThat(plan.detectableAt52Weeks()).isZero();
	}

	@Test
	void badInputIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PowerCalculation.weeksNeeded(10, 40, 50, 40, 100, 0, 52));
		assertThatIllegalArgumentException().isThrownBy(() -> PowerCalculation.weeksNeeded(10, -1, 50, 40, 100, 8, 52));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PowerCalculation.weeksNeeded(10, Double.NaN, 50, 40, 100, 8, 52));
		assertThatIllegalArgumentException().isThrownBy(() -> PowerCalculation.weeksNeeded(10, 40, -5, 40, 100, 8, 52));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PowerCalculation.weeksNeeded(Double.NaN, 40, 50, 40, 100, 8, 52));
	}
}
