package io.tajriba.actions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.domain.BusinessClock;
import io.tajriba.actions.domain.CaseStatus;
import io.tajriba.actions.domain.Pause;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.SlaClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Cases: opened with the next number of their workspace, found by rule and subject, changed as a whole. */
@Repository
class CaseStore {

	private static final TypeReference<List<Pause>> PAUSES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	CaseStore(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	/** The active case of a rule about a subject, locked until the transaction ends. */
	Optional<CaseRow> activeFor(UUID workspaceId, UUID ruleId, String subject) {
		return jdbc.sql("""
				select * from cases where workspace_id = :w and rule_id = :rule and subject = :subject
				  and status in ('new', 'open', 'waiting') for update""")
			.param("w", workspaceId).param("rule", ruleId).param("subject", subject).query(this::map).optional();
	}

	/** The case of this rule that already holds this signal as evidence, open or closed. */
	Optional<UUID> holding(UUID workspaceId, UUID ruleId, String kind, String ref) {
		return jdbc.sql("""
				select c.id from case_evidence e join cases c on c.workspace_id = e.workspace_id and c.id = e.case_id
				where e.workspace_id = :w and e.kind = :kind and e.ref = :ref and c.rule_id = :rule limit 1""")
			.param("w", workspaceId).param("kind", kind).param("ref", ref).param("rule", ruleId)
			.query(UUID.class).optional();
	}

	Optional<CaseRow> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from cases where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(this::map).optional();
	}

	Optional<CaseRow> lock(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from cases where workspace_id = :w and id = :id for update")
			.param("w", workspaceId).param("id", id).query(this::map).optional();
	}

	/**
	 * Stores a new case, unless another transaction has just opened the active case of the same rule and subject:
	 * then nothing is stored and the answer is empty.
	 */
	Optional<CaseRow> insert(CaseRow c, BusinessClock clock, Instant now) {
		long number = jdbc.sql("""
				insert into case_numbers (workspace_id, last) values (:w, 1)
				on conflict (workspace_id) do update set last = case_numbers.last + 1 returning last""")
			.param("w", c.workspaceId()).query(Long.class).single();
		CaseRow numbered = new CaseRow(c.workspaceId(), c.id(), number, c.ruleId(), c.ruleName(), c.subject(),
				c.customerId(), c.title(), c.status(), c.priority(), c.ownerId(), c.teamId(), c.where(), c.sla(),
				c.closedAt(), c.outcome());
		int inserted = jdbc.sql("""
				insert into cases (workspace_id, id, number, rule_id, rule_name, subject, customer_id, title, status,
				  priority, owner_id, team_id, channel, touchpoint, agent, opened_at, first_response_minutes,
				  resolution_minutes, first_response_due, resolution_due, updated_at)
				values (:w, :id, :number, :rule, :ruleName, :subject, :customer, :title, :status, :priority, :owner,
				  :team, :channel, :touchpoint, :agent, :opened, :firstMinutes, :resolutionMinutes, :firstDue,
				  :resolutionDue, :now)
				on conflict (workspace_id, rule_id, subject) where status in ('new', 'open', 'waiting') do nothing""")
			.param("w", c.workspaceId()).param("id", c.id()).param("number", number).param("rule", c.ruleId())
			.param("ruleName", c.ruleName()).param("subject", c.subject()).param("customer", c.customerId())
			.param("title", c.title()).param("status", c.status().id()).param("priority", c.priority().id())
			.param("owner", c.ownerId()).param("team", c.teamId()).param("channel", c.where().channel())
			.param("touchpoint", c.where().touchpoint()).param("agent", c.where().agent())
			.param("opened", Sql.utc(c.sla().openedAt())).param("firstMinutes", c.sla().firstResponseMinutes())
			.param("resolutionMinutes", c.sla().resolutionMinutes())
			.param("firstDue", Sql.utc(numbered.firstResponseDue(clock)))
			.param("resolutionDue", Sql.utc(numbered.resolutionDue(clock))).param("now", Sql.utc(now))
			.update();
		return inserted == 1 ? Optional.of(numbered) : Optional.empty();
	}

	/** Writes everything that may change about a case, with its due times as its clocks now say. */
	void update(CaseRow c, BusinessClock clock, Instant now) {
		SlaClock sla = c.sla();
		jdbc.sql("""
				update cases set status = :status, priority = :priority, owner_id = :owner, team_id = :team,
				  first_response_at = :firstAt, resolved_at = :resolvedAt, closed_at = :closedAt,
				  first_response_minutes = :firstMinutes, resolution_minutes = :resolutionMinutes,
				  first_response_due = :firstDue, resolution_due = :resolutionDue, paused_since = :pausedSince,
				  pauses = cast(:pauses as jsonb), root_cause = :cause, root_cause_note = :note, solved = :solved,
				  resolution = :resolution, updated_at = :now
				where workspace_id = :w and id = :id""")
			.param("w", c.workspaceId()).param("id", c.id()).param("status", c.status().id())
			.param("priority", c.priority().id()).param("owner", c.ownerId()).param("team", c.teamId())
			.param("firstAt", Sql.utc(sla.firstResponseAt())).param("resolvedAt", Sql.utc(sla.resolvedAt()))
			.param("closedAt", Sql.utc(c.closedAt())).param("firstMinutes", sla.firstResponseMinutes())
			.param("resolutionMinutes", sla.resolutionMinutes())
			.param("firstDue", Sql.utc(sla.firstResponseAt() == null ? c.firstResponseDue(clock) : null))
			.param("resolutionDue", Sql.utc(c.resolutionDue(clock))).param("pausedSince", Sql.utc(sla.pausedSince()))
			.param("pauses", mapper.writeValueAsString(sla.pauses())).param("cause", c.outcome().rootCause())
			.param("note", c.outcome().rootCauseNote()).param("solved", c.outcome().solved())
			.param("resolution", c.outcome().resolution()).param("now", Sql.utc(now)).update();
	}

	/** Cases whose first response or resolution fell due before {@code now} and is not escalated yet. */
	List<CaseKey> breached(Instant now, int limit) {
		return jdbc.sql("""
				select c.workspace_id, c.id from cases c
				where c.status in ('new', 'open', 'waiting')
				  and ((c.first_response_due < :now and not exists (select 1 from case_escalations e
				          where e.workspace_id = c.workspace_id and e.case_id = c.id and e.target = 'first_response'))
				    or (c.resolution_due < :now and not exists (select 1 from case_escalations e
				          where e.workspace_id = c.workspace_id and e.case_id = c.id and e.target = 'resolution')))
				order by least(c.first_response_due, c.resolution_due) limit :limit""")
			.param("now", Sql.utc(now)).param("limit", limit)
			.query((rs, n) -> new CaseKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
	}

	record CaseKey(UUID workspaceId, UUID caseId) {
	}

	CaseRow map(ResultSet rs, int row) throws SQLException {
		SlaClock sla = new SlaClock(Sql.instant(rs, "opened_at"), rs.getInt("first_response_minutes"),
				rs.getInt("resolution_minutes"), Sql.instant(rs, "first_response_at"), Sql.instant(rs, "resolved_at"),
				Sql.instant(rs, "paused_since"), mapper.readValue(rs.getString("pauses"), PAUSES));
		return new CaseRow(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getLong("number"), Sql.uuid(rs, "rule_id"), rs.getString("rule_name"), rs.getString("subject"),
				Sql.uuid(rs, "customer_id"), rs.getString("title"), CaseStatus.of("status", rs.getString("status")),
				Priority.of("priority", rs.getString("priority")), Sql.uuid(rs, "owner_id"), Sql.uuid(rs, "team_id"),
				new CaseRow.Where(rs.getString("channel"), rs.getString("touchpoint"), rs.getString("agent")), sla,
				Sql.instant(rs, "closed_at"), new CaseRow.Outcome(rs.getString("root_cause"),
						rs.getString("root_cause_note"), Sql.bool(rs, "solved"), rs.getString("resolution")));
	}
}
