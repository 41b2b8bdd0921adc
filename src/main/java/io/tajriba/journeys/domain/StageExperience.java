package io.tajriba.journeys.domain;

import java.util.List;

/**
 * What customers said of a stage: top-2-box CSAT (4 or 5 of 5), mean effort (1-7, higher is easier), the shares
 * of positive and negative texts, the emotions by share, and the most frequent themes.
 */
public record StageExperience(int stage, Rate csat, Mean ces, Rate positiveSentiment, Rate negativeSentiment,
		List<CodeShare> emotions, List<CodeShare> topThemes) {

	public StageExperience {
		emotions = List.copyOf(emotions);
		topThemes = List.copyOf(topThemes);
	}
}
