package io.tajriba.surveys;

import java.util.List;
import java.util.Map;

/**
 * A question of a survey: its key (what answers are stored under), its kind as {@link SubmittedResponse.Answer}
 * names them, its text in each language of the survey, and what may be chosen: the option keys of a choice
 * question, the emotion keys of an emotion question, nothing for scales and text.
 */
public record QuestionSummary(String key, String kind, Map<String, String> title, List<String> options) {

	public QuestionSummary {
		title = Map.copyOf(title);
		options = List.copyOf(options);
	}
}
