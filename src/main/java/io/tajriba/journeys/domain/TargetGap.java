package io.tajriba.journeys.domain;

/**
 * One KPI of one stage against its target, in the target's unit (percent, mean score or hours): the actual value
 * with its 95% interval and the number it rests on, the target, the gap (actual − target, so negative is short
 * for all but time) and the status. With no data the actual and its interval are 0 and {@code n} is 0.
 */
public record TargetGap(int stage, Kpi kpi, double actual, double ciLow, double ciHigh, long n, double target,
		double gap, TargetStatus status) {

	public TargetGap {
		Stats.requireCount(n, "n");
		Stats.requireInterval(ciLow, actual, ciHigh);
	}
}
