package io.tajriba.maturity.domain;

import java.util.Map;
import java.util.UUID;

/** One rater's answers to an assessment, kept apart from the others': item key to a rating of 1 to 5. */
public record RaterAnswers(UUID rater, String group, Map<String, Integer> ratings) {

	public RaterAnswers {
		ratings = Map.copyOf(ratings);
		ratings.forEach((item, rating) -> {
			if (rating < 1 || rating > 5) {
				throw new IllegalArgumentException("a rating is 1 to 5, " + item + " was " + rating);
			}
		});
	}
}
