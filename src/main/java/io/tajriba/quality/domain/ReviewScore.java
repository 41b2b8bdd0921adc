package io.tajriba.quality.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A review's score against its scorecard: each applicable criterion scores (chosen − min) / (max − min); the review
 * is their mean weighted by the criteria's weights, or 0 when a critical criterion failed (auto-fail, counted
 * apart). N/A answers leave their criterion out; a review with no applicable criterion has no score.
 *
 * @param score the review's score in [0, 1], null when nothing applied
 * @param autoFailed the critical criteria that failed
 * @param criteria each applicable criterion's own score
 */
public record ReviewScore(@Nullable Double score, List<String> autoFailed, Map<String, Double> criteria) {

	/** The answers: a criterion's key to its chosen point, or null for N/A. Every criterion must be answered. */
	public static ReviewScore of(List<Criterion> card, Map<String, @Nullable Integer> answers) {
		for (String key : answers.keySet()) {
			if (card.stream().noneMatch(c -> c.key().equals(key))) {
				throw new InvalidFieldException("scores." + key, "is not a criterion of this scorecard");
			}
		}
		Map<String, Double> scores = new LinkedHashMap<>();
		List<String> failed = new java.util.ArrayList<>();
		double weighted = 0;
		double weights = 0;
		for (Criterion c : card) {
			String field = "scores." + c.key();
			if (!answers.containsKey(c.key())) {
				throw new InvalidFieldException(field, "must be answered" + (c.naAllowed() ? " (null for N/A)" : ""));
			}
			Integer chosen = answers.get(c.key());
			if (chosen == null) {
				if (!c.naAllowed()) {
					throw new InvalidFieldException(field, "cannot be N/A");
				}
				continue;
			}
			double score = c.scale().score(chosen, field);
			scores.put(c.key(), score);
			if (c.critical() && chosen == c.scale().min()) {
				failed.add(c.key());
			}
			weighted += c.weight() * score;
			weights += c.weight();
		}
		Double score = weights == 0 ? null : failed.isEmpty() ? weighted / weights : 0.0;
		return new ReviewScore(score, List.copyOf(failed), Map.copyOf(scores));
	}

	public boolean autoFail() {
		return !autoFailed.isEmpty();
	}
}
