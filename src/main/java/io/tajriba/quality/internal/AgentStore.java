package io.tajriba.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.quality.Agent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agent directory's rows, and which responses are about which agent. */
@Repository
class AgentStore {

	private final JdbcClient jdbc;

	AgentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Agent> list(UUID workspaceId) {
		return jdbc.sql("select * from quality_agents where workspace_id = :w order by lower(display_name), agent_key")
			.param("w", workspaceId).query(AgentStore::map).list();
	}

	Optional<Agent> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from quality_agents where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(AgentStore::map).optional();
	}

	boolean keyTaken(UUID workspaceId, String key) {
		return jdbc.sql("select count(*) from quality_agents where workspace_id = :w and agent_key = :key")
			.param("w", workspaceId).param("key", key).query(Long.class).single() > 0;
	}

	/** Inserts an agent; empty when the key is in the directory already (a race with discovery). */
	Optional<UUID> insert(UUID workspaceId, Agent agent) {
		return jdbc.sql("""
				insert into quality_agents (workspace_id, agent_key, display_name, team_id, user_id, active, source, created_at)
				values (:w, :key, :name, :team, :user, :active, :source, :at)
				on conflict (workspace_id, agent_key) do nothing returning id""")
			.param("w", workspaceId).param("key", agent.key()).param("name", agent.displayName())
			.param("team", agent.team()).param("user", agent.user()).param("active", agent.active())
			.param("source", agent.source()).param("at", Timestamp.from(agent.createdAt()))
			.query(UUID.class).optional();
	}

	/** Adds the agents of these recorded names that are not in the directory yet. */
	int discover(UUID workspaceId, Collection<String> keys, Instant at) {
		List<String> fit = keys.stream().filter(AgentStore::fits).distinct().toList();
		if (fit.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				insert into quality_agents (workspace_id, agent_key, display_name, source, created_at)
				select :w, k, left(btrim(k), 120), 'recorded', :at from unnest(:keys) k
				on conflict (workspace_id, agent_key) do nothing""")
			.param("w", workspaceId).param("keys", fit.toArray(String[]::new)).param("at", Timestamp.from(at)).update();
	}

	boolean update(UUID workspaceId, Agent agent) {
		return jdbc.sql("""
				update quality_agents set display_name = :name, team_id = :team, user_id = :user, active = :active
				where workspace_id = :w and id = :id""")
			.param("w", workspaceId).param("id", agent.id()).param("name", agent.displayName())
			.param("team", agent.team()).param("user", agent.user()).param("active", agent.active()).update() == 1;
	}

	void recordResponse(UUID workspaceId, UUID responseId, String key, Instant completedAt) {
		if (fits(key)) {
			jdbc.sql("""
					insert into quality_response_agents (workspace_id, response_id, agent_key, completed_at)
					values (:w, :r, :key, :at) on conflict (workspace_id, response_id) do nothing""")
				.param("w", workspaceId).param("r", responseId).param("key", key).param("at", Timestamp.from(completedAt))
				.update();
		}
	}

	/** The latest responses about an agent, newest first. */
	List<UUID> latestResponses(UUID workspaceId, String key, int limit) {
		return jdbc.sql("""
				select response_id from quality_response_agents where workspace_id = :w and agent_key = :key
				order by completed_at desc, response_id limit :limit""")
			.param("w", workspaceId).param("key", key).param("limit", limit).query(UUID.class).list();
	}

	static boolean fits(@Nullable String key) {
		return key != null && !key.isBlank() && key.length() <= 200;
	}

	private static Agent map(ResultSet rs, int row) throws SQLException {
		return new Agent(rs.getObject("id", UUID.class), rs.getString("agent_key"), rs.getString("display_name"),
				rs.getObject("team_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getBoolean("active"),
				rs.getString("source"), rs.getTimestamp("created_at").toInstant());
	}
}
