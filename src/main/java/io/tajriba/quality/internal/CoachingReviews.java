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

import io.tajriba.quality.domain.Criterion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The workspace's reviews as training needs and coaching effects read them: each review's score and its criteria's
 * scores (0 to 1, against the version the review used; N/A left out), dated when the reviewed interaction was served
 * (the review's about_at; a case's review, when it was made), so that a call made before a coaching
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

	private record Row(UUID agent, String kind, Instant at, UUID version, String answers, @Nullable Double score) {
	}

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;
	private final ScorecardService scorecards;

	CoachingReviews(JdbcClient jdbc, ObjectMapper mapper, ScorecardService scorecards) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.scorecards = scorecards;
	}

	/** The reviews whose work was done in [from, to). */
	List<Scored> between(UUID workspaceId, Instant from, Instant to) {
		List<Row> rows = jdbc.sql("""
				select agent_id, kind, coalesce(about_at, created_at) as at, version_id, answers::text as answers, score
				from quality_reviews where workspace_id = :w and kind in ('random', 'targeted', 'adhoc')
				  and coalesce(about_at, created_at) >= :from and coalesce(about_at, created_at) < :to""")
			.param("w", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new Row(rs.getObject("agent_id", UUID.class), rs.getString("kind"),
					rs.getTimestamp("at").toInstant(), rs.getObject("version_id", UUID.class), rs.getString("answers"),
					(Double) rs.getObject("score")))
			.list();
		Map<UUID, Map<String, Criterion>> versions = new HashMap<>();
		List<Scored> scored = new ArrayList<>();
		for (Row row : rows) {
			Map<String, Criterion> card = versions.computeIfAbsent(row.version(), v -> criteria(workspaceId, v));
			scored.add(new Scored(row.agent(), row.kind(), row.at(), row.score(), criteria(card, row.answers())));
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
