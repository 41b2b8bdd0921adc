package io.tajriba.actions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.domain.Assignment;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.RuleDefinition;
import io.tajriba.actions.domain.TriggerKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Alert rules, their definitions as JSON of the fixed condition catalogue. */
@Repository
class RuleStore {

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	RuleStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID insert(UUID workspaceId, Rule rule, Instant now) {
		return jdbc.sql("""
				insert into alert_rules (workspace_id, name, trigger, definition, priority, assignment,
				  reassign_on_breach, paused, created_at, updated_at)
				values (:w, :name, :trigger, cast(:definition as jsonb), :priority, cast(:assignment as jsonb),
				  :reassign, :paused, :now, :now) returning id""")
			.param("w", workspaceId).param("name", rule.name()).param("trigger", rule.definition().trigger().id())
			.param("definition", mapper.writeValueAsString(rule.definition())).param("priority", rule.priority().id())
			.param("assignment", mapper.writeValueAsString(rule.assignment()))
			.param("reassign", rule.reassignOnBreach()).param("paused", rule.paused()).param("now", Sql.utc(now))
			.query(UUID.class).single();
	}

	boolean update(UUID workspaceId, UUID id, Rule rule, Instant now) {
		return jdbc.sql("""
				update alert_rules set name = :name, trigger = :trigger, definition = cast(:definition as jsonb),
				  priority = :priority, assignment = cast(:assignment as jsonb), reassign_on_breach = :reassign,
				  paused = :paused, updated_at = :now
				where workspace_id = :w and id = :id""")
			.param("w", workspaceId).param("id", id).param("name", rule.name())
			.param("trigger", rule.definition().trigger().id())
			.param("definition", mapper.writeValueAsString(rule.definition())).param("priority", rule.priority().id())
			.param("assignment", mapper.writeValueAsString(rule.assignment()))
			.param("reassign", rule.reassignOnBreach()).param("paused", rule.paused()).param("now", Sql.utc(now))
			.update() == 1;
	}

	boolean delete(UUID workspaceId, UUID id) {
		return jdbc.sql("delete from alert_rules where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).update() == 1;
	}

	List<Rule> list(UUID workspaceId) {
		return jdbc.sql("select * from alert_rules where workspace_id = :w order by created_at, name")
			.param("w", workspaceId).query(this::map).list();
	}

	Optional<Rule> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from alert_rules where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(this::map).optional();
	}

	/** The rules of a trigger that are not paused: what every signal of that kind is checked against. */
	List<Rule> active(UUID workspaceId, TriggerKind trigger) {
		return jdbc.sql("select * from alert_rules where workspace_id = :w and trigger = :trigger and not paused order by created_at")
			.param("w", workspaceId).param("trigger", trigger.id()).query(this::map).list();
	}

	/** The workspaces that have active metric rules, for the scheduled check. */
	List<UUID> workspacesWithMetricRules() {
		return jdbc.sql("select distinct workspace_id from alert_rules where trigger = 'metric' and not paused")
			.query(UUID.class).list();
	}

	/** The next turn of a rule's round robin (0, 1, 2, ...), taken atomically. */
	long nextTurn(UUID workspaceId, UUID id) {
		return jdbc.sql("update alert_rules set turns = turns + 1 where workspace_id = :w and id = :id returning turns - 1")
			.param("w", workspaceId).param("id", id).query(Long.class).optional().orElse(0L);
	}

	private Rule map(ResultSet rs, int row) throws SQLException {
		return new Rule(rs.getObject("id", UUID.class), rs.getString("name"),
				mapper.readValue(rs.getString("definition"), RuleDefinition.class),
				Priority.of("priority", rs.getString("priority")),
				mapper.readValue(rs.getString("assignment"), Assignment.class), rs.getBoolean("reassign_on_breach"),
				rs.getBoolean("paused"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
	}
}
