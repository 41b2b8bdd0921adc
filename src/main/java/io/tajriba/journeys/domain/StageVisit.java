package io.tajriba.journeys.domain;

import java.util.List;

/**
 * A customer's stay in one stage: consecutive interactions assigned to it (interactions with no stage in between
 * do not end it), when it began and ended, the touchpoints in the order first met, and whether anything went wrong.
 */
public record StageVisit(int stage, long firstEpochSecond, long lastEpochSecond, int interactions,
		List<Integer> touchpoints, boolean bad) {

	public StageVisit {
		if (stage < 0 || interactions < 1 || lastEpochSecond < firstEpochSecond) {
			throw new IllegalArgumentException("a visit is to a stage, of at least one interaction, forward in time");
		}
		touchpoints = List.copyOf(touchpoints);
	}
}
