package io.tajriba.quality.domain;

import java.util.Locale;

/**
 * What a training need is turned into. A group training when the need is shared: at least a third of the team's
 * agents with data on it (reviews on the criterion, comments for a theme) have it, and at least two of them, since one
 * agent alone is no group; else the e-learning module the workspace's catalogue has for it; else a coaching session,
 * one to one.
 */
public enum TrainingSuggestion {
	GROUP, ELEARNING, COACHING;

	/**
	 * @param agentsWithNeed the team's agents for whom the same criterion or theme is a need (this agent included)
	 * @param agentsWithData the team's agents with reviews (a criterion) or comments (a theme) in the period
	 * @param moduleInCatalogue whether the e-learning catalogue has a module for it
	 */
	public static TrainingSuggestion of(int agentsWithNeed, int agentsWithData, boolean moduleInCatalogue) {
		if (sharedByTeam(agentsWithNeed, agentsWithData)) {
			return GROUP;
		}
		return moduleInCatalogue ? ELEARNING : COACHING;
	}

	/** At least two agents, and at least a third of those with data. */
	public static boolean sharedByTeam(int agentsWithNeed, int agentsWithData) {
		return agentsWithNeed >= 2 && 3L * agentsWithNeed >= agentsWithData;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
