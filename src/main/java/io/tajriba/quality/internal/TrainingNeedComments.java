package io.tajriba.quality.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers' written comments about agents in a period, as training needs count them: each analysed answer of a
 * response about the agent, whether it is negative and which themes it is about. Texts still waiting for their
 * analysis are not counted yet.
 */
@Component
class TrainingNeedComments {

	/** One analysed comment. */
	record Comment(boolean negative, Set<String> themes) {
	}

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;
	private final TextAnalytics text;

	TrainingNeedComments(JdbcClient jdbc, TextAnalytics text) {
		this.jdbc = jdbc;
		this.text = text;
	}

	/** By agent key, the comments of responses about these agents completed in [from, to). */
	Map<String, List<Comment>> about(UUID workspaceId, Collection<String> agentKeys, Instant from, Instant to) {
		Map<String, List<Comment>> comments = new HashMap<>();
		if (agentKeys.isEmpty()) {
			return comments;
		}
		Map<String, String> agentOf = new HashMap<>();
		jdbc.sql("""
				select response_id::text as id, agent_key from quality_response_agents
				where workspace_id = :w and agent_key = any(:keys) and completed_at >= :from and completed_at < :to""")
			.param("w", workspaceId).param("keys", agentKeys.toArray(String[]::new)).param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(rs -> {
				agentOf.put(rs.getString("id"), rs.getString("agent_key"));
			});
		List<String> ids = new ArrayList<>(agentOf.keySet());
		for (int start = 0; start < ids.size(); start += CHUNK) {
			Map<String, Map<String, TextAnalysis>> analysed = text.results(workspaceId, "response",
					ids.subList(start, Math.min(ids.size(), start + CHUNK)));
			analysed.forEach((response, fields) -> fields.values().forEach(a -> comments
				.computeIfAbsent(agentOf.get(response), k -> new ArrayList<>())
				.add(new Comment("negative".equals(a.sentiment()), Set.copyOf(a.themes())))));
		}
		return comments;
	}
}
