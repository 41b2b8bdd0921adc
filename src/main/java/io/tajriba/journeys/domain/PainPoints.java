package io.tajriba.journeys.domain;

import java.util.List;

/**
 * The ranked pain points of both kinds, and the customers with any bad experience they are compared among. For
 * scale, {@code noBadExperience} is the outcome among customers with interactions in the window but no bad
 * experience: churn, or no purchase after their first interaction in the window.
 */
public record PainPoints(Outcome outcome, long customersWithBadExperience, Rate noBadExperience,
		List<PainPoint> touchpoints, List<PainPoint> stages) {

	public PainPoints {
		Stats.requireCount(customersWithBadExperience, "customersWithBadExperience");
		touchpoints = List.copyOf(touchpoints);
		stages = List.copyOf(stages);
	}
}
