package io.tajriba.journeys.domain;

import java.util.List;

/** The funnel of one segment in one time window: its customers and each stage in map order. */
public record Funnel(FunnelSegment segment, TimeWindow window, long customers, List<StageFunnel> stages) {

	public Funnel {
		Stats.requireCount(customers, "customers");
		stages = List.copyOf(stages);
	}
}
