package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.CaseEvent;
import io.tajriba.actions.CaseView;
import io.tajriba.actions.domain.Breach;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** What a case rests on and what happened to it: evidence, its timeline, watchers and escalations. */
@Repository
class CaseLog {

	private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ObjectMapper mapper;

	CaseLog(JdbcClient jdbc, ObjectMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	/** Adds a piece of evidence; false when the case holds it already. */
	boolean addEvidence(UUID workspaceId, UUID caseId, String kind, String ref, String summary,
			Map<String, Object> detail, Instant occurredAt, Instant now) {
		return jdbc.sql("""
				insert into case_evidence (workspace_id, case_id, kind, ref, summary, detail, occurred_at, added_at)
				values (:w, :case, :kind, :ref, :summary, cast(:detail as jsonb), :occurred, :now)
				on conflict do nothing""")
			.param("w", workspaceId).param("case", caseId).param("kind", kind).param("ref", ref)
			.param("summary", summary).param("detail", mapper.writeValueAsString(detail))
			.param("occurred", Sql.utc(occurredAt)).param("now", Sql.utc(now)).update() == 1;
	}

	List<CaseView.Evidence> evidence(UUID workspaceId, UUID caseId) {
		return jdbc.sql("""
				select kind, ref, summary, occurred_at from case_evidence where workspace_id = :w and case_id = :case
				order by occurred_at, added_at""")
			.param("w", workspaceId).param("case", caseId)
			.query((rs, n) -> new CaseView.Evidence(rs.getString(1), rs.getString(2), rs.getString(3),
					Sql.instant(rs, "occurred_at")))
			.list();
	}

	void record(UUID workspaceId, UUID caseId, Instant at, String actor, @Nullable UUID actorId, String kind,
			Map<String, ?> detail) {
		jdbc.sql("""
				insert into case_events (workspace_id, case_id, at, actor, actor_id, kind, detail)
				values (:w, :case, :at, :actor, :actorId, :kind, cast(:detail as jsonb))""")
			.param("w", workspaceId).param("case", caseId).param("at", Sql.utc(at)).param("actor", actor)
			.param("actorId", actorId).param("kind", kind).param("detail", mapper.writeValueAsString(detail)).update();
	}

	List<CaseEvent> timeline(UUID workspaceId, UUID caseId) {
		return jdbc.sql("""
				select id, at, actor, actor_id, kind, detail::text as detail from case_events
				where workspace_id = :w and case_id = :case order by id""")
			.param("w", workspaceId).param("case", caseId)
			.query((rs, n) -> new CaseEvent(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("actor"),
					Sql.uuid(rs, "actor_id"), rs.getString("kind"), mapper.readValue(rs.getString("detail"), DETAIL)))
			.list();
	}

	void watch(UUID workspaceId, UUID caseId, UUID userId) {
		jdbc.sql("insert into case_watchers (workspace_id, case_id, user_id) values (:w, :case, :user) on conflict do nothing")
			.param("w", workspaceId).param("case", caseId).param("user", userId).update();
	}

	void unwatch(UUID workspaceId, UUID caseId, UUID userId) {
		jdbc.sql("delete from case_watchers where workspace_id = :w and case_id = :case and user_id = :user")
			.param("w", workspaceId).param("case", caseId).param("user", userId).update();
	}

	List<UUID> watchers(UUID workspaceId, UUID caseId) {
		return jdbc.sql("select user_id from case_watchers where workspace_id = :w and case_id = :case order by user_id")
			.param("w", workspaceId).param("case", caseId).query(UUID.class).list();
	}

	/** Marks a target of a case escalated; false when it already was, so that each is escalated once. */
	boolean escalate(UUID workspaceId, UUID caseId, Breach target, Instant now) {
		return jdbc.sql("""
				insert into case_escalations (workspace_id, case_id, target, at) values (:w, :case, :target, :now)
				on conflict do nothing""")
			.param("w", workspaceId).param("case", caseId).param("target", target.id()).param("now", Sql.utc(now))
			.update() == 1;
	}

	Set<Breach> escalated(UUID workspaceId, UUID caseId) {
		Set<Breach> done = EnumSet.noneOf(Breach.class);
		jdbc.sql("select target from case_escalations where workspace_id = :w and case_id = :case")
			.param("w", workspaceId).param("case", caseId).query(String.class).list()
			.forEach(t -> done.add(Breach.of(t)));
		return done;
	}
}
