package io.tajriba.journeys.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Funnels of several segments in one pass over the interactions.
 * <p>
 * Definitions, per segment and time window, counting only interactions that are in the window, match the
 * segment's channel filter and are assigned to a stage: a customer <em>reaches</em> a stage when any of their
 * interactions is assigned to it; of the customers reaching stage i, those who <em>convert</em> have an
 * interaction in stage i + 1 at or after their first interaction in stage i (a customer reaching i + 1 only
 * before i, or skipping i, does not count as converting from i); the others <em>drop off</em> at i. The time to
 * the next stage is from the first interaction in stage i to the first interaction in stage i + 1 after it.
 * Interactions given at the same second count in the order they were added.
 */
public final class FunnelAnalysis {

	private FunnelAnalysis() {
	}

	public static Funnel run(JourneyEvents events, JourneyCustomers customers, int stageCount, TimeWindow window,
			FunnelSegment segment) {
		return run(events, customers, stageCount, window, List.of(segment)).getFirst();
	}

	/** The funnel of each segment, in the order given. */
	public static List<Funnel> run(JourneyEvents events, JourneyCustomers customers, int stageCount,
			TimeWindow window, List<FunnelSegment> segments) {
		if (stageCount < 1 || stageCount > JourneyMap.MAX_STAGES) {
			throw new IllegalArgumentException("stageCount must be 1 to " + JourneyMap.MAX_STAGES);
		}
		if (customers.count() < events.customerCount()) {
			throw new IllegalArgumentException("the customers do not cover every customer of the events");
		}
		FunnelCounter[] counters = segments.stream().map(s -> new FunnelCounter(s, window, stageCount))
			.toArray(FunnelCounter[]::new);
		for (int start = 0, end; start < events.size(); start = end) {
			end = events.runEnd(start);
			int persona = customers.persona(events.customer(start));
			for (FunnelCounter counter : counters) {
				if (counter.includesCustomer(persona)) {
					counter.accept(events, start, end);
				}
			}
		}
		return Arrays.stream(counters).map(FunnelCounter::result).toList();
	}
}
