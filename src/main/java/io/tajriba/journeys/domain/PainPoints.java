package io.tajriba.journeys.domain;

import java.util.List;

/** The ranked pain points of both kinds, and the customers with any bad experience they are compared among. */
public record PainPoints(Outcome outcome, long customersWithBadExperience, List<PainPoint> touchpoints,
		List<PainPoint> stages) {

	public PainPoints {
		Stats.requireCount(customersWithBadExperience, "customersWithBadExperience");
		touchpoints = List.copyOf(touchpoints);
		stages = List.copyOf(stages);
	}
}
