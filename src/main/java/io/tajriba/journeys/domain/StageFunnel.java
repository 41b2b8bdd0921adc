package io.tajriba.journeys.domain;

import org.jspecify.annotations.Nullable;

/**
 * One stage of a funnel: the customers reaching it, their share of the segment's customers, the share of them
 * going on to the next stage and the share dropping off there (both null at the last stage, which has no next),
 * and the median time from their first interaction in this stage to their first in the next.
 */
public record StageFunnel(int stage, long reached, Rate reach, @Nullable Rate conversion, @Nullable Rate dropOff,
		Median timeToNext) {

	public StageFunnel {
		Stats.requireCount(reached, "reached");
		if ((conversion == null) != (dropOff == null)) {
			throw new IllegalArgumentException("conversion and drop-off go together");
		}
	}
}
