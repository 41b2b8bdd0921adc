package io.tajriba.actions.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.actions.internal.Initiative.ControlReason;
import io.tajriba.actions.internal.Initiative.Insight;
import io.tajriba.actions.internal.Initiative.Status;
import io.tajriba.actions.internal.Measurement.UnitKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The initiatives' rows and their amendments; units and reasons kept as JSON. */
@Repository
class InitiativeStore {

	private static final TypeReference<List<String>> UNITS = new TypeReference<>() {
	};

	private static final TypeReference<List<ControlReason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	InitiativeStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	UUID insert(UUID workspaceId, Initiative i) {
		Measurement m = i.measurement();
		Insight insight = i.insight();
		return jdbc.sql("""
				insert into initiatives (workspace_id, title, description, owner_user, status, insight_kind, insight_ref,
				  insight_label, stage, touchpoint, metric, survey_id, unit_kind, treated, control, control_reasons,
				  baseline_from, baseline_to, launch_on, min_effect, planned_end, created_by, created_at, updated_at)
				values (:w, :title, :description, :owner, :status, :kind, :ref, :label, :stage, :touchpoint, :metric,
				  :survey, :unitKind, cast(:treated as jsonb), cast(:control as jsonb), cast(:reasons as jsonb),
				  :baselineFrom, :baselineTo, :launchOn, :minEffect, :plannedEnd, :by, :at, :at) returning id""")
			.param("w", workspaceId).param("title", i.title()).param("description", i.description())
			.param("owner", i.owner()).param("status", i.status().key())
			.param("kind", insight == null ? null : insight.kind()).param("ref", insight == null ? null : insight.ref())
			.param("label", insight == null ? null : insight.label()).param("stage", i.stage())
			.param("touchpoint", i.touchpoint()).params(measurement(m)).param("reasons", json(i.controlReasons()))
			.param("by", i.createdBy()).param("at", Timestamp.from(i.createdAt())).query(UUID.class).single();
	}

	void update(UUID workspaceId, Initiative i) {
		jdbc.sql("""
				update initiatives set title = :title, description = :description, owner_user = :owner, status = :status,
				  metric = :metric, survey_id = :survey, unit_kind = :unitKind, treated = cast(:treated as jsonb),
				  control = cast(:control as jsonb), control_reasons = cast(:reasons as jsonb),
				  baseline_from = :baselineFrom, baseline_to = :baselineTo, launch_on = :launchOn,
				  min_effect = :minEffect, planned_end = :plannedEnd, updated_at = :at
				where workspace_id = :w and id = :id""")
			.param("w", workspaceId).param("id", i.id()).param("title", i.title())
			.param("description", i.description()).param("owner", i.owner()).param("status", i.status().key())
			.params(measurement(i.measurement())).param("reasons", json(i.controlReasons()))
			.param("at", Timestamp.from(i.updatedAt())).update();
	}

	void launched(UUID workspaceId, UUID id, Instant at) {
		jdbc.sql("update initiatives set status = 'running', launched_at = :at, updated_at = :at "
				+ "where workspace_id = :w and id = :id").param("w", workspaceId).param("id", id)
			.param("at", Timestamp.from(at)).update();
	}

	void finished(UUID workspaceId, UUID id, JsonNode result, Instant at) {
		jdbc.sql("update initiatives set status = 'finished', finished_at = :at, updated_at = :at, "
				+ "result = cast(:result as jsonb) where workspace_id = :w and id = :id and status = 'running'")
			.param("w", workspaceId).param("id", id).param("at", Timestamp.from(at)).param("result", result.toString())
			.update();
	}

	Optional<Initiative> find(UUID workspaceId, UUID id, boolean lock) {
		return jdbc.sql("select * from initiatives where workspace_id = :w and id = :id" + (lock ? " for update" : ""))
			.param("w", workspaceId).param("id", id).query(this::map).optional();
	}

	/** The initiatives, running first, then drafts, finished and cancelled, newest launch first; at most 500. */
	List<Initiative> list(UUID workspaceId, @Nullable String status) {
		return jdbc.sql("""
				select * from initiatives where workspace_id = :w and (cast(:status as text) is null or status = :status)
				order by case status when 'running' then 0 when 'draft' then 1 when 'finished' then 2 else 3 end,
				  launch_on desc, created_at desc limit 500""")
			.param("w", workspaceId).param("status", status).query(this::map).list();
	}

	/** Running initiatives whose planned end has come, across workspaces: what the measuring job finishes. */
	List<UUID[]> due(LocalDate today) {
		return jdbc.sql("select workspace_id, id from initiatives where status = 'running' and planned_end <= :today")
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
	}

	void amend(UUID workspaceId, UUID initiative, Instant at, String by, String reason, Map<String, Object[]> changes) {
		jdbc.sql("""
				insert into initiative_amendments (workspace_id, initiative_id, amended_at, amended_by, reason, changes)
				values (:w, :i, :at, :by, :reason, cast(:changes as jsonb))""")
			.param("w", workspaceId).param("i", initiative).param("at", Timestamp.from(at)).param("by", by)
			.param("reason", reason).param("changes", json(changes)).update();
	}

	List<Amendment> amendments(UUID workspaceId, UUID initiative) {
		return jdbc.sql("""
				select id, amended_at, amended_by, reason, changes from initiative_amendments
				where workspace_id = :w and initiative_id = :i order by amended_at, id""")
			.param("w", workspaceId).param("i", initiative)
			.query((rs, n) -> new Amendment(rs.getObject("id", UUID.class), rs.getTimestamp("amended_at").toInstant(),
					rs.getString("amended_by"), rs.getString("reason"), mapper.readTree(rs.getString("changes"))))
			.list();
	}

	private Map<String, @Nullable Object> measurement(Measurement m) {
		Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("metric", m.metric().key());
		params.put("survey", m.survey());
		params.put("unitKind", m.unitKind().key());
		params.put("treated", json(m.treated()));
		params.put("control", json(m.control()));
		params.put("baselineFrom", Date.valueOf(m.baselineFrom()));
		params.put("baselineTo", Date.valueOf(m.baselineTo()));
		params.put("launchOn", Date.valueOf(m.launchOn()));
		params.put("minEffect", m.minEffect());
		params.put("plannedEnd", Date.valueOf(m.plannedEnd()));
		return params;
	}

	private String json(Object value) {
		return mapper.writeValueAsString(value);
	}

	private Initiative map(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("insight_kind");
		Measurement m = new Measurement(InitiativeMetric.of(rs.getString("metric")), rs.getObject("survey_id", UUID.class),
				UnitKind.of(rs.getString("unit_kind")), mapper.readValue(rs.getString("treated"), UNITS),
				mapper.readValue(rs.getString("control"), UNITS), rs.getDate("baseline_from").toLocalDate(),
				rs.getDate("baseline_to").toLocalDate(), rs.getDate("launch_on").toLocalDate(), rs.getDouble("min_effect"),
				rs.getDate("planned_end").toLocalDate());
		String result = rs.getString("result");
		return new Initiative(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getObject("owner_user", UUID.class), Status.valueOf(rs.getString("status").toUpperCase()),
				kind == null ? null : new Insight(kind, rs.getString("insight_ref"), rs.getString("insight_label")),
				rs.getString("stage"), rs.getString("touchpoint"), m, mapper.readValue(rs.getString("control_reasons"), REASONS),
				instant(rs, "launched_at"), instant(rs, "finished_at"), result == null ? null : mapper.readTree(result),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
