package io.tajriba.quality.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.domain.QualityScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The quality score (IQS) of each agent over a period: the mean score of the agent's reviews of the random sample
 * whose interaction happened in the period (a case review: made in it), with its interval. The targeted picks'
 * reviews are scored the same way but kept apart: they were chosen because something looked wrong, so their mean
 * says how those went, not how the agent usually does. Reviews made by hand count in neither.
 */
@Service
public class QualityScores {

	/** An agent's IQS (from random reviews) and, apart, the mean of the targeted reviews. */
	public record Scores(QualityScore random, QualityScore targeted) {

		public static final Scores NONE = new Scores(QualityScore.NONE, QualityScore.NONE);
	}

	private final JdbcClient jdbc;

	QualityScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The scores of the days {@code from} to {@code to} (both included) in the zone, by agent id. */
	public Map<UUID, Scores> of(UUID workspaceId, ZoneId zone, LocalDate from, LocalDate to) {
		return of(workspaceId, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** The scores of [from, to) by agent id; agents without such reviews are left out. */
	public Map<UUID, Scores> of(UUID workspaceId, Instant from, Instant to) {
		Map<UUID, List<Double>> random = new HashMap<>();
		Map<UUID, List<Double>> targeted = new HashMap<>();
		jdbc.sql("""
				select agent_id, kind, score from quality_reviews
				where workspace_id = :w and kind in ('random', 'targeted') and score is not null
				  and coalesce(about_at, created_at) >= :from and coalesce(about_at, created_at) < :to""")
			.param("w", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> {
				Map<UUID, List<Double>> into = rs.getString("kind").equals("random") ? random : targeted;
				into.computeIfAbsent(rs.getObject("agent_id", UUID.class), a -> new ArrayList<>())
					.add(rs.getDouble("score"));
				return n;
			})
			.list();
		Map<UUID, Scores> scores = new HashMap<>();
		random.keySet().forEach(agent -> scores.put(agent, null));
		targeted.keySet().forEach(agent -> scores.put(agent, null));
		scores.replaceAll((agent, none) -> new Scores(QualityScore.of(random.getOrDefault(agent, List.of())),
				QualityScore.of(targeted.getOrDefault(agent, List.of()))));
		return scores;
	}

	/**
	 * The scores of the random-sample reviews of [from, to), as {@link #of} takes them, by the reviewed agent's key
	 * (the key survey answers record as their agent): for figures over groups of agents.
	 */
	public Map<String, List<Double>> randomByAgentKey(UUID workspaceId, Instant from, Instant to) {
		Map<String, List<Double>> scores = new HashMap<>();
		jdbc.sql("""
				select a.agent_key, r.score from quality_reviews r
				join quality_agents a on a.workspace_id = r.workspace_id and a.id = r.agent_id
				where r.workspace_id = :w and r.kind = 'random' and r.score is not null
				  and coalesce(r.about_at, r.created_at) >= :from and coalesce(r.about_at, r.created_at) < :to""")
			.param("w", workspaceId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> scores.computeIfAbsent(rs.getString(1), a -> new ArrayList<>()).add(rs.getDouble(2)))
			.list();
		return scores;
	}
}
