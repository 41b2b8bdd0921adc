package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The gap between a stage's current and desired state, KPI by KPI. GREEN when the target is met; AMBER when the
 * actual falls short by no more than 10% of the target, or its 95% interval still reaches the target (too few
 * customers to call it missed); RED otherwise; NO_DATA when there is a target but no figure.
 */
public final class TargetGaps {

	static final double AMBER_SHARE = 0.10;

	private TargetGaps() {
	}

	/** The gaps of every stage with targets, stage by stage; {@code actuals} holds one entry per stage. */
	public static List<TargetGap> of(JourneyMap map, List<StageActuals> actuals) {
		if (actuals.size() != map.size()) {
			throw new IllegalArgumentException("one actuals entry per stage is needed");
		}
		List<TargetGap> gaps = new ArrayList<>();
		for (int stage = 0; stage < map.size(); stage++) {
			gaps.addAll(of(stage, map.stage(stage).targets(), actuals.get(stage)));
		}
		return gaps;
	}

	public static List<TargetGap> of(int stage, StageTargets targets, StageActuals actuals) {
		List<TargetGap> gaps = new ArrayList<>();
		for (Kpi kpi : Kpi.values()) {
			Double target = targets.of(kpi);
			if (target != null) {
				gaps.add(gap(stage, kpi, target, figure(kpi, actuals)));
			}
		}
		return gaps;
	}

	private static TargetGap gap(int stage, Kpi kpi, double target, double @Nullable [] figure) {
		if (figure == null || figure[3] == 0) {
			return new TargetGap(stage, kpi, 0, 0, 0, 0, target, 0, TargetStatus.NO_DATA);
		}
		double actual = figure[0];
		return new TargetGap(stage, kpi, actual, figure[1], figure[2], (long) figure[3], target, actual - target,
				status(kpi, actual, figure[1], figure[2], target));
	}

	static TargetStatus status(Kpi kpi, double actual, double low, double high, double target) {
		if (kpi.higherIsBetter()) {
			if (actual >= target) {
				return TargetStatus.GREEN;
			}
			return actual >= target * (1 - AMBER_SHARE) || high >= target ? TargetStatus.AMBER : TargetStatus.RED;
		}
		if (actual <= target) {
			return TargetStatus.GREEN;
		}
		return actual <= target * (1 + AMBER_SHARE) || low <= target ? TargetStatus.AMBER : TargetStatus.RED;
	}

	/** The figure for a KPI in the target's unit: value, interval low and high, and n; null when there is none. */
	private static double @Nullable [] figure(Kpi kpi, StageActuals actuals) {
		return switch (kpi) {
			case CONVERSION -> percent(actuals.conversion());
			case CSAT -> percent(actuals.csat());
			case POSITIVE_SENTIMENT -> percent(actuals.positiveSentiment());
			case CES -> actuals.ces() == null ? null
					: new double[] {actuals.ces().value(), actuals.ces().ciLow(), actuals.ces().ciHigh(),
							actuals.ces().n()};
			case MEDIAN_HOURS -> actuals.medianTime() == null ? null
					: new double[] {actuals.medianTime().hours(), actuals.medianTime().ciLowHours(),
							actuals.medianTime().ciHighHours(), actuals.medianTime().n()};
		};
	}

	private static double @Nullable [] percent(@Nullable Rate rate) {
		return rate == null ? null : new double[] {rate.percent(), rate.ciLow() * 100, rate.ciHigh() * 100, rate.n()};
	}
}
