package io.tajriba.quality.internal;

import io.tajriba.quality.domain.CoachingFigure;
import io.tajriba.quality.domain.TrainingSuggestion;
import org.jspecify.annotations.Nullable;

/**
 * A criterion or a theme on which an agent is below the rest of their team beyond chance (one-sided test, p < 0.05).
 * For a criterion the figures are mean criterion scores (0 to 1) of the reviews on {@code basis} "random" (the random
 * sample, when both sides have at least two such scores) or "all"; for a theme the shares (0 to 1) of the comments
 * that are negative and about it ({@code basis} "comments"). {@code team} is the rest of the team, the agent left out;
 * {@code gap} is agent minus team. The module is the catalogue's when the suggestion is e-learning.
 */
public record TrainingNeed(String kind, String key, CoachingFigure agent, CoachingFigure team, double gap,
		double pValue, String basis, TrainingSuggestion suggestion, CoachingModules.@Nullable Module module) {

	public static final String CRITERION = "criterion";
	public static final String THEME = "theme";

	/** How a need is named in a session's focus: kind:key. */
	public String focus() {
		return kind + ":" + key;
	}
}
