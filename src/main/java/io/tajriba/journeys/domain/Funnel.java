package io.tajriba.journeys.domain;

import java.util.List;

/**
 * The funnel of one segment in one time window: its customers (those with at least one interaction in the
 * window, on the segment's channels, assigned to a stage) and each stage in map order.
 */
public record Funnel(FunnelSegment segment, TimeWindow window, long customers, List<StageFunnel> stages) {

	public Funnel {
		Stats.requireCount(customers, "customers");
		stages = List.copyOf(stages);
	}
}
