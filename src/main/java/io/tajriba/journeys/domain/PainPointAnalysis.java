package io.tajriba.journeys.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Pain points: the touchpoints and stages where a bad experience is followed by churn (or by no repurchase) more
 * often than a bad experience elsewhere.
 * <p>
 * Among the customers with at least one bad experience in the window, those with one at a touchpoint (exposed)
 * are compared with those whose bad experiences were all elsewhere. Comparing against customers with no bad
 * experience at all would make every touchpoint where unhappy customers show up (a bad review after a failed
 * call) look like a cause; against the bad experiences elsewhere, only the places whose failures hurt more than
 * the usual failure stand out.
 * <p>
 * The ranking is by the lower end of the relative risk's interval: how much worse a bad experience there is at
 * the least, so that a large group with a slightly raised risk does not outrank a place where failing clearly
 * drives customers away. Ranking by excess customers would favour the most frequent touchpoints instead: a bad
 * review follows a bad experience at any touchpoint, so reviews share in every pain point's churn and, being
 * many, pile up excess customers without a risk much above 1. Excess customers and revenue are reported for
 * the size of each pain point; they break ties. A touchpoint or stage where fewer than {@code minimumGroup}
 * customers had a bad experience, or fewer had one only elsewhere, is left out.
 * <p>
 * A segment narrows both groups: its persona picks the customers, its channels the experiences that count (a
 * bad one online, with online touchpoints compared among themselves); the outcome stays the customer's, so a
 * purchase in the store after a failed checkout online is a repurchase.
 */
public final class PainPointAnalysis {

	public static final int DEFAULT_MINIMUM_GROUP = 30;

	private static final Comparator<PainPoint> RANKING = Comparator
		.comparingDouble((PainPoint p) -> p.relativeRisk().ciLow()).reversed()
		.thenComparing(Comparator.comparingDouble(PainPoint::excessCustomers).reversed())
		.thenComparingInt(PainPoint::code);

	private PainPointAnalysis() {
	}

	public static PainPoints rank(JourneyEvents events, JourneyCustomers customers, int touchpointCount,
			int stageCount, TimeWindow window, Outcome outcome, int minimumGroup) {
		return rank(events, customers, touchpointCount, stageCount, window, outcome, minimumGroup, FunnelSegment.ALL);
	}

	/** The pain points among the segment's customers and of its channels' experiences. */
	public static PainPoints rank(JourneyEvents events, JourneyCustomers customers, int touchpointCount,
			int stageCount, TimeWindow window, Outcome outcome, int minimumGroup, FunnelSegment segment) {
		if (customers.count() < events.customerCount() || minimumGroup < 1) {
			throw new IllegalArgumentException("customers must cover the events, and minimumGroup be at least 1");
		}
		var touchpoints = new PainPointCounter(PainPointKind.TOUCHPOINT, touchpointCount);
		var stages = new PainPointCounter(PainPointKind.STAGE, stageCount);
		var judge = new Judge(outcome, segment);
		for (int start = 0, end; start < events.size(); start = end) {
			end = events.runEnd(start);
			if (!segment.includesCustomer(customers.persona(events.customer(start)))) {
				continue;
			}
			long firstBad = judge.read(events, start, end, window, customers);
			if (firstBad == Long.MIN_VALUE) {
				judge.tallyClean();
				continue;
			}
			boolean overall = judge.tallyBad(firstBad);
			double revenue = customers.revenue(events.customer(start));
			touchpoints.collect(events, start, end, window, segment);
			touchpoints.count(judge, overall, revenue);
			stages.collect(events, start, end, window, segment);
			stages.count(judge, overall, revenue);
		}
		return new PainPoints(outcome, judge.bad, Rate.of(judge.cleanOutcomes, judge.clean),
				ranked(touchpoints, judge, minimumGroup), ranked(stages, judge, minimumGroup));
	}

	private static List<PainPoint> ranked(PainPointCounter counter, Judge judge, int minimum) {
		return counter.results(judge.outcome, judge.bad, judge.badOutcomes, minimum).stream().sorted(RANKING)
			.toList();
	}

	/**
	 * The outcome of the customer at hand, one instance reused for every customer, and the tally of customers
	 * with and without a bad experience.
	 */
	private static final class Judge implements PainPointCounter.CustomerOutcome {

		private final Outcome outcome;
		private final FunnelSegment segment;
		private boolean churned;
		private long lastPurchase;
		private long firstInWindow;
		private long bad;
		private long badOutcomes;
		private long clean;
		private long cleanOutcomes;

		Judge(Outcome outcome, FunnelSegment segment) {
			this.outcome = outcome;
			this.segment = segment;
		}

		/**
		 * Reads the customer's churn, last purchase (on any channel) and first interaction of the segment's
		 * channels in the window; answers their first bad moment there, if any.
		 */
		long read(JourneyEvents events, int start, int end, TimeWindow window, JourneyCustomers customers) {
			churned = customers.churned(events.customer(start));
			lastPurchase = Long.MIN_VALUE;
			firstInWindow = Long.MIN_VALUE;
			long firstBad = Long.MIN_VALUE;
			for (int row = start; row < end; row++) {
				long time = events.epochSecond(row);
				if (events.purchase(row)) {
					lastPurchase = time;
				}
				if (!segment.includesRow(events, row)) {
					continue;
				}
				if (firstInWindow == Long.MIN_VALUE && window.contains(time)) {
					firstInWindow = time;
				}
				if (firstBad == Long.MIN_VALUE && events.bad(row) && window.contains(time)) {
					firstBad = time;
				}
			}
			return firstBad;
		}

		/** Counts a customer with a bad experience; answers whether the outcome followed their first. */
		boolean tallyBad(long firstBad) {
			boolean followed = after(firstBad);
			bad++;
			badOutcomes += followed ? 1 : 0;
			return followed;
		}

		void tallyClean() {
			if (firstInWindow != Long.MIN_VALUE) {
				clean++;
				cleanOutcomes += after(firstInWindow) ? 1 : 0;
			}
		}

		@Override
		public boolean after(long epochSecond) {
			return outcome == Outcome.CHURN ? churned : lastPurchase <= epochSecond;
		}
	}
}
