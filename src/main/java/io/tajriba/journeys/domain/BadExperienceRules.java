package io.tajriba.journeys.domain;

/**
 * What counts as a bad experience besides what the source flags ({@code properties.outcome = bad}, always
 * counted): a dissatisfied survey answer about the visit, and the interaction's own text read as negative. Both
 * count unless the workspace turns them off.
 */
public record BadExperienceRules(boolean dissatisfiedAnswers, boolean negativeTexts) {

	public static final BadExperienceRules DEFAULT = new BadExperienceRules(true, true);
}
