package io.tajriba.quality.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.interactions.Interactions;
import io.tajriba.quality.domain.Criterion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The workspace's reviews as training needs and coaching effects read them: each review's score and its criteria's
 * scores (0 to 1, against the version the review used; N/A left out), dated when the reviewed interaction was served
 * (a case's review, or an interaction no longer found, when it was made), so that a call made before a coaching
 * session and reviewed after it counts as before. Only sampled and hand-made reviews count (random, targeted, adhoc).
 */
@Component
class CoachingReviews {

	/** One review: its agent, kind (random, targeted, adhoc), when the work was done, its score and criteria's. */
	record Scored(UUID agent, String kind, Instant at, @Nullable Double score, Map<String, Double> criteria) {

		boolean random() {
			return kind.equals("random");
		}
	}

	private record Row(UUID agent, String kind, @Nullable String interaction, Instant createdAt, UUID version,
			String answers, @Nullable Double score) {
	}

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;
	private final ScorecardService scorecards;
	private final Interactions interactions;

	CoachingReviews(JdbcClient jdbc, ObjectMapper mapper, ScorecardService scorecards, Interactions interactions) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.scorecards = scorecards;
		this.interactions = interactions;
	}

	/** The reviews whose work was done in [from, to); a review is made after the work, so none made before from. */
	List<Scored> between(UUID workspaceId, Instant from, Instant to) {
		List<Row> rows = jdbc.sql("""
				select agent_id, kind, interaction_id, created_at, version_id, answers::text as answers, score
				from quality_reviews where workspace_id = :w and created_at >= :from
				  and kind in ('random', 'targeted', 'adhoc')""")
			.param("w", workspaceId).param("from", Timestamp.from(from))
			.query((rs, n) -> new Row(rs.getObject("agent_id", UUID.class), rs.getString("kind"),
					rs.getString("interaction_id"), rs.getTimestamp("created_at").toInstant(),
					rs.getObject("version_id", UUID.class), rs.getString("answers"), (Double) rs.getObject("score")))
			.list();
		Map<String, Instant> served = interactions.occurredAt(workspaceId,
				rows.stream().map(Row::interaction).filter(java.util.Objects::nonNull).toList());
		Map<UUID, Map<String, Criterion>> versions = new HashMap<>();
		List<Scored> scored = new ArrayList<>();
		for (Row row : rows) {
			Instant at = row.interaction() == null ? row.createdAt()
					: served.getOrDefault(row.interaction(), row.createdAt());
			if (at.isBefore(from) || !at.isBefore(to)) {
				continue;
			}
			Map<String, Criterion> card = versions.computeIfAbsent(row.version(), v -> criteria(workspaceId, v));
			scored.add(new Scored(row.agent(), row.kind(), at, row.score(), criteria(card, row.answers())));
		}
		return List.copyOf(scored);
	}

	private Map<String, Criterion> criteria(UUID workspaceId, UUID versionId) {
		Map<String, Criterion> byKey = new LinkedHashMap<>();
		Optional<ScorecardService.Version> version = scorecards.version(workspaceId, versionId);
		version.ifPresent(v -> v.card().scoring().forEach(c -> byKey.put(c.key(), c)));
		return byKey;
	}

	private Map<String, Double> criteria(Map<String, Criterion> card, String answers) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> answer : mapper.readTree(answers).properties()) {
			Criterion criterion = card.get(answer.getKey());
			JsonNode point = answer.getValue();
			if (criterion != null && point.isIntegralNumber()) {
				int chosen = point.asInt();
				if (chosen >= criterion.scale().min() && chosen <= criterion.scale().max()) {
					scores.put(criterion.key(), criterion.scale().score(chosen, criterion.key()));
				}
			}
		}
		return scores;
	}
}
