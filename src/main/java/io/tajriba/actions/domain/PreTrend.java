package io.tajriba.actions.domain;

/**
 * The pre-period parallel-trends check: the weekly trend of (treated − control) over the baseline. A trend whose
 * interval excludes 0 says the groups were already drifting apart before launch, so their difference after launch
 * is not the initiative's alone. Never NaN.
 *
 * @param differencePerWeek the slope, in the metric's points per week
 * @param weeks the baseline weeks the line rests on
 */
public record PreTrend(double differencePerWeek, double[] ci95, double pValue, int weeks) {

	public PreTrend {
		if (ci95.length != 2) {
			throw new IllegalArgumentException("a trend needs an interval {low, high}");
		}
		ci95 = ci95.clone();
	}
}
