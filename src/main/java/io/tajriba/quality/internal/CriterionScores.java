package io.tajriba.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.domain.Scorecard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The criteria of the workspace's scorecards and their scores on the random sample's reviews, by criterion key
 * across scorecards (a "resolved" criterion on the call and on the chat scorecard counts as one): what the CX
 * principles linked to criteria are measured by.
 */
@Service
public class CriterionScores {

	private final CoachingReviews reviews;
	private final ScorecardService scorecards;

	CriterionScores(CoachingReviews reviews, ScorecardService scorecards) {
		this.reviews = reviews;
		this.scorecards = scorecards;
	}

	/** Each criterion key of the scorecards' current versions, with its wording in the language (else any). */
	public Map<String, String> criteria(UUID workspaceId, String language) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ScorecardService.Version version : scorecards.list(workspaceId)) {
			for (Scorecard.Section section : version.card().sections()) {
				for (Scorecard.Item item : section.criteria()) {
					String text = item.text().getOrDefault(language, item.text().getOrDefault("en",
							item.text().values().iterator().next()));
					labels.putIfAbsent(item.criterion().key(), text);
				}
			}
		}
		return labels;
	}

	/** The random sample's criterion scores (0 to 1) of [from, to) by key, of one agent or of everyone. */
	public Map<String, List<Double>> scores(UUID workspaceId, Instant from, Instant to, @Nullable UUID agent) {
		Map<String, List<Double>> byKey = new HashMap<>();
		for (CoachingReviews.Scored review : reviews.between(workspaceId, from, to)) {
			if (review.random() && (agent == null || agent.equals(review.agent()))) {
				review.criteria().forEach((key, score) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(score));
			}
		}
		return byKey;
	}
}
