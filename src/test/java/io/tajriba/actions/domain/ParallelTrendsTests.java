package io.tajriba.actions.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The baseline's trend of treated minus control, by weighted least squares, against hand-computed lines. */
class ParallelTrendsTests {

	/** A week of n answers with this mean and sample variance. */
	static Moments week(long n, double mean, double variance) {
		return new Moments(n, n * mean, (n - 1) * variance + n * mean * mean);
	}

	static UnitAnswers baseline(String unit, Moments... weeks) {
		return new UnitAnswers(unit, List.of(weeks), List.of());
	}

	@Test
	void equalVariancesGiveTheOrdinaryLeastSquaresLine() {
		// d = 0, 1, 1, 3 in weeks 0-3, v = 2/2 + 2/2 = 2 each: slope Sxy/Sxx = 4.5/5 = 0.9, intercept −0.1
		// residuals 0.1, 0.2, −0.7, 0.4: scale² = Σw·r²/(k−2) = 0.5·0.7/2 = 0.175, Var(b) = 0.175/(0.5·5) = 0.07
		// se 0.264575, t(0.975, 2) = 4.302653 → 0.9 ± 1.138375; p = 2·P(T₂ > 3.4017) = 0.076619
		UnitAnswers treated = baseline("web", week(2, 50, 2), week(2, 51, 2), week(2, 51, 2), week(2, 53, 2));
		UnitAnswers control = baseline("store", week(2, 50, 2), week(2, 50, 2), week(2, 50, 2), week(2, 50, 2));
		PreTrend trend = ParallelTrends.check(List.of(treated), List.of(control));
		assertThat(trend.differencePerWeek()).isCloseTo(0.9, within(1e-12));
		assertThat(trend.ci95()).containsExactly(new double[] { -0.238375, 2.038375 }, within(1e-6));
		assertThat(trend.pValue()).isCloseTo(0.076619, within(1e-6));
		assertThat(trend.weeks()).isEqualTo(4);
	}

	@Test
	void preciseWeeksWeighMore() {
		// same d, v = 1, 2, 1, 2 (control variance 1, 3, 1, 3 at n 2 besides the treated 1/2): w = 1, ½, 1, ½
		// x̄ = 4/3, d̄ = 1, Sxx = 11/3, Sxy = 3: slope 9/11 = 0.818182; Σw·r² = 6/11, scale² = 3/11,
		// Var(b) = (3/11)/(11/3) = 9/121, se 3/11 → 0.818182 ± 4.302653·0.272727 = [−0.355269, 1.991633]
		// week 4 has one treated answer and does not count; week 0 pools two units' answers 50 ∓ √½ (s² 1)
		UnitAnswers web = baseline("web", week(1, 50 - Math.sqrt(0.5), 0), week(2, 51, 1), week(2, 51, 1), week(2, 53, 1),
				week(1, 60, 0));
		UnitAnswers app = baseline("app", week(1, 50 + Math.sqrt(0.5), 0));
		UnitAnswers store = baseline("store", week(2, 50, 1), week(2, 50, 3), week(2, 50, 1), week(2, 50, 3),
				week(5, 50, 1));
		PreTrend trend = ParallelTrends.check(List.of(web, app), List.of(store));
		assertThat(trend.differencePerWeek()).isCloseTo(9.0 / 11, within(1e-12));
		assertThat(trend.ci95()).containsExactly(new double[] { -0.355269, 1.991633 }, within(1e-6));
		assertThat(trend.pValue()).isCloseTo(0.095466, within(1e-6));
		assertThat(trend.weeks()).isEqualTo(4);
	}

	@Test
	void aDifferenceOnAStraightLineIsFoundExactly() {
		// d = 2 + 0.5·week whatever the weights
		List<Moments> treated = new ArrayList<>();
		List<Moments> control = new ArrayList<>();
		for (int w = 0; w < 6; w++) {
			treated.add(week(10 + 7 * w, 62 + 0.5 * w, 30 + w));
			control.add(week(20, 60, 40));
		}
		PreTrend trend = ParallelTrends.check(List.of(new UnitAnswers("web", treated, List.of())),
				List.of(new UnitAnswers("store", control, List.of())));
		assertThat(trend.differencePerWeek()).isCloseTo(0.5, within(1e-9));
		assertThat(trend.ci95()).containsExactly(new double[] { 0.5, 0.5 }, within(1e-6));
		assertThat(trend.weeks()).isEqualTo(6);
	}

	@Test
	void weeksWithoutSpreadWeighAlikeInsteadOfInfinitely() {
		// every answer equal within each group and week: v = 0 everywhere, so w = 1 for all: the first case's line
		UnitAnswers treated = baseline("web", Moments.of(100, 3), Moments.of(0, 4), Moments.of(0, 2),
				Moments.of(100, 5));
		UnitAnswers control = baseline("store", Moments.of(100, 2), Moments.of(-1, 2), Moments.of(-1, 3),
				Moments.of(97, 2));
		// d = 0, 1, 1, 3
		PreTrend trend = ParallelTrends.check(List.of(treated), List.of(control));
		assertThat(trend.differencePerWeek()).isCloseTo(0.9, within(1e-12));
		assertThat(trend.ci95()).containsExactly(new double[] { -0.238375, 2.038375 }, within(1e-6));
		// and a single week without spread among noisy ones counts as the most precise of them
		UnitAnswers mixed = baseline("web", week(2, 50, 2), week(2, 51, 2), Moments.of(51, 3), week(2, 53, 2));
		UnitAnswers noisy = baseline("store", week(2, 50, 2), week(2, 50, 2), Moments.of(50, 2), week(2, 50, 2));
		PreTrend floor = ParallelTrends.check(List.of(mixed), List.of(noisy));
		assertThat(floor.differencePerWeek()).isCloseTo(0.9, within(1e-12));
		assertThat(floor.ci95()).containsExactly(new double[] { -0.238375, 2.038375 }, within(1e-6));
	}

	@Test
	void threeWeeksAndAControlAreNeeded() {
		UnitAnswers treated = baseline("web", week(2, 50, 2), week(2, 51, 2), week(1, 51, 0), week(2, 53, 2));
		UnitAnswers control = baseline("store", week(2, 50, 2), week(2, 50, 2), week(2, 50, 2));
		// weeks 0 and 1 only: week 2 has one treated answer, week 3 no control week
		assertThat(ParallelTrends.check(List.of(treated), List.of(control))).isNull();
		assertThat(ParallelTrends.check(List.of(treated), List.of())).isNull();
		assertThat(ParallelTrends.check(List.of(), List.of(control))).isNull();
	}
}
