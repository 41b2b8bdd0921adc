package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The counts behind the pain points of one kind (touchpoints or stages), a customer's rows at a time. */
final class PainPointCounter {

	private final PainPointKind kind;
	private final int units;
	private final long[] exposed;
	private final long[] exposedOutcomes;
	private final long[] exposedOutcomesOverall;
	private final double[] lostRevenue;
	private final int[] seenBy;
	private final long[] firstBad;
	private final int[] touched;
	private int touchedCount;

	PainPointCounter(PainPointKind kind, int units) {
		this.kind = kind;
		this.units = units;
		exposed = new long[units];
		exposedOutcomes = new long[units];
		exposedOutcomesOverall = new long[units];
		lostRevenue = new double[units];
		seenBy = new int[units];
		Arrays.fill(seenBy, -1);
		firstBad = new long[units];
		touched = new int[units];
	}

	/** Notes the units where this customer had a bad experience on the segment's channels, and when first. */
	void collect(JourneyEvents events, int start, int end, TimeWindow window, FunnelSegment segment) {
		touchedCount = 0;
		for (int row = start; row < end; row++) {
			if (!events.bad(row) || !window.contains(events.epochSecond(row)) || !segment.includesRow(events, row)) {
				continue;
			}
			int unit = kind == PainPointKind.TOUCHPOINT ? events.touchpoint(row) : events.stage(row);
			if (unit < 0) {
				continue;
			}
			if (unit >= units) {
				throw new IllegalArgumentException("row " + row + " has " + kind + " code " + unit + " of " + units);
			}
			if (seenBy[unit] != events.customer(row)) {
				seenBy[unit] = events.customer(row);
				firstBad[unit] = events.epochSecond(row);
				touched[touchedCount++] = unit;
			}
		}
	}

	/** Counts the customer at each unit noted, with the outcome judged after their first bad experience there. */
	void count(CustomerOutcome outcome, boolean outcomeAfterFirstBad, double revenue) {
		for (int i = 0; i < touchedCount; i++) {
			int unit = touched[i];
			exposed[unit]++;
			if (outcome.after(firstBad[unit])) {
				exposedOutcomes[unit]++;
				lostRevenue[unit] += revenue;
			}
			if (outcomeAfterFirstBad) {
				exposedOutcomesOverall[unit]++;
			}
		}
	}

	List<PainPoint> results(Outcome outcome, long badCustomers, long badOutcomes, int minimum) {
		List<PainPoint> results = new ArrayList<>();
		for (int unit = 0; unit < units; unit++) {
			long comparison = badCustomers - exposed[unit];
			if (exposed[unit] >= minimum && comparison >= minimum) {
				results.add(result(unit, outcome, comparison, badOutcomes - exposedOutcomesOverall[unit]));
			}
		}
		return results;
	}

	private PainPoint result(int unit, Outcome outcome, long comparison, long comparisonOutcomes) {
		long a = exposedOutcomes[unit];
		Rate exposedRate = Rate.of(a, exposed[unit]);
		Rate comparisonRate = Rate.of(comparisonOutcomes, comparison);
		RelativeRisk risk = RelativeRisk.katz(a, exposed[unit] - a, comparisonOutcomes,
				comparison - comparisonOutcomes);
		double excess = a - exposed[unit] * comparisonRate.value();
		double excessRevenue = risk.value() > 1 ? lostRevenue[unit] * (1 - 1 / risk.value()) : 0;
		return new PainPoint(kind, unit, outcome, exposed[unit], exposedRate, comparison, comparisonRate, risk, excess,
				lostRevenue[unit], excessRevenue);
	}

	/** Whether the outcome followed a moment: churn at all, or no purchase after it. */
	interface CustomerOutcome {
		boolean after(long epochSecond);
	}
}
