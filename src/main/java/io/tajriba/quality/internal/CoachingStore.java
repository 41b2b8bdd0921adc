package io.tajriba.quality.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.quality.domain.CoachingFormat;
import io.tajriba.quality.domain.CoachingStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The coaching sessions' rows: focus and actions kept as JSON arrays. */
@Repository
class CoachingStore {

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	CoachingStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID insert(UUID workspaceId, CoachingSession s) {
		return jdbc.sql("""
				insert into quality_coaching_sessions (workspace_id, agent_id, coach_user, coach_name, held_on, format,
				  focus, notes, actions, follow_up_on, module_id, module_completed_at, status, created_by, created_at,
				  updated_at)
				values (:w, :agent, :coach, :coachName, :heldOn, :format, cast(:focus as jsonb), :notes,
				  cast(:actions as jsonb), :followUp, :module, :completed, :status, :by, :at, :at) returning id""")
			.param("w", workspaceId).param("agent", s.agent()).param("coach", s.coachUser())
			.param("coachName", s.coachName()).param("heldOn", Date.valueOf(s.heldOn()))
			.param("format", s.format().key()).param("focus", focus(s.focus())).param("notes", s.notes())
			.param("actions", actions(s.actions())).param("followUp", date(s.followUpOn())).param("module", s.module())
			.param("completed", time(s.moduleCompletedAt())).param("status", s.status().key())
			.param("by", s.createdBy()).param("at", Timestamp.from(s.createdAt())).query(UUID.class).single();
	}

	void update(UUID workspaceId, CoachingSession s) {
		jdbc.sql("""
				update quality_coaching_sessions set held_on = :heldOn, notes = :notes, actions = cast(:actions as jsonb),
				  follow_up_on = :followUp, module_completed_at = :completed, status = :status, updated_at = :at
				where workspace_id = :w and id = :id""")
			.param("w", workspaceId).param("id", s.id()).param("heldOn", Date.valueOf(s.heldOn()))
			.param("notes", s.notes()).param("actions", actions(s.actions())).param("followUp", date(s.followUpOn()))
			.param("completed", time(s.moduleCompletedAt())).param("status", s.status().key())
			.param("at", Timestamp.from(s.updatedAt())).update();
	}

	Optional<CoachingSession> find(UUID workspaceId, UUID id, boolean lock) {
		return jdbc.sql("select * from quality_coaching_sessions where workspace_id = :w and id = :id"
				+ (lock ? " for update" : "")).param("w", workspaceId).param("id", id).query(this::map).optional();
	}

	/** The sessions, newest first; of one agent when given. */
	List<CoachingSession> list(UUID workspaceId, @Nullable UUID agent) {
		return jdbc.sql("""
				select * from quality_coaching_sessions where workspace_id = :w
				  and (cast(:agent as uuid) is null or agent_id = :agent)
				order by held_on desc, created_at desc, id limit 1000""")
			.param("w", workspaceId).param("agent", agent).query(this::map).list();
	}

	/** The agents with a session on a day of [from, to], whatever its status. */
	List<UUID> coachedBetween(UUID workspaceId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select distinct agent_id from quality_coaching_sessions
				where workspace_id = :w and held_on between :from and :to""")
			.param("w", workspaceId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
			.query(UUID.class).list();
	}

	private String focus(List<CoachingSession.Focus> focus) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		focus.forEach(f -> array.addObject().put("kind", f.kind()).put("key", f.key()));
		return array.toString();
	}

	private String actions(List<CoachingSession.Action> actions) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		for (CoachingSession.Action a : actions) {
			ObjectNode node = array.addObject().put("text", a.text()).put("done", a.done());
			if (a.doneAt() != null) {
				node.put("doneAt", a.doneAt().toString());
			}
		}
		return array.toString();
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static @Nullable Timestamp time(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private CoachingSession map(ResultSet rs, int row) throws SQLException {
		List<CoachingSession.Focus> focus = new ArrayList<>();
		for (JsonNode f : mapper.readTree(rs.getString("focus"))) {
			focus.add(new CoachingSession.Focus(f.get("kind").asString(), f.get("key").asString()));
		}
		List<CoachingSession.Action> actions = new ArrayList<>();
		for (JsonNode a : mapper.readTree(rs.getString("actions"))) {
			actions.add(new CoachingSession.Action(a.get("text").asString(), a.get("done").asBoolean(),
					a.has("doneAt") ? Instant.parse(a.get("doneAt").asString()) : null));
		}
		Date followUp = rs.getDate("follow_up_on");
		Timestamp completed = rs.getTimestamp("module_completed_at");
		return new CoachingSession(rs.getObject("id", UUID.class), rs.getObject("agent_id", UUID.class),
				rs.getObject("coach_user", UUID.class), rs.getString("coach_name"), rs.getDate("held_on").toLocalDate(),
				CoachingFormat.of("format", rs.getString("format")), List.copyOf(focus), rs.getString("notes"),
				List.copyOf(actions), followUp == null ? null : followUp.toLocalDate(),
				rs.getObject("module_id", UUID.class), completed == null ? null : completed.toInstant(),
				CoachingStatus.of("status", rs.getString("status")), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
