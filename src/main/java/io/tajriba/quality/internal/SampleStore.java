package io.tajriba.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The weeks drawn and their review assignments. */
@Repository
class SampleStore {

	/** An assignment to be written. */
	record NewAssignment(UUID agent, String interaction, Instant occurredAt, String kind, @Nullable String reason,
			String stratum, int stratumSize) {
	}

	private static final String SELECT = """
			select a.*, r.score as review_score from quality_assignments a
			left join quality_reviews r on r.workspace_id = a.workspace_id and r.id = a.review_id
			""";

	private final JdbcClient jdbc;

	SampleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The workspaces with active agents: those a weekly sample has someone to draw for. */
	List<UUID> workspacesWithAgents() {
		return jdbc.sql("select distinct workspace_id from quality_agents where active").query(UUID.class).list();
	}

	/**
	 * Takes the week for drawing: true for the one transaction that inserted its run, false when the week was drawn
	 * (a transaction drawing it at the same time waits here until that one ends).
	 */
	boolean claim(UUID workspaceId, LocalDate week, Instant now) {
		return jdbc.sql("""
				insert into quality_sampling_runs (workspace_id, week, drawn_at) values (:w, :week, :now)
				on conflict do nothing""")
			.param("w", workspaceId).param("week", week).param("now", Timestamp.from(now)).update() == 1;
	}

	Optional<Instant> drawnAt(UUID workspaceId, LocalDate week) {
		return jdbc.sql("select drawn_at from quality_sampling_runs where workspace_id = :w and week = :week")
			.param("w", workspaceId).param("week", week)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
	}

	/** The weeks drawn, the latest first; those with assignments before the empty ones when {@code filled}. */
	List<LocalDate> weeks(UUID workspaceId, boolean filled, int limit) {
		return jdbc.sql("""
				select r.week from quality_sampling_runs r where r.workspace_id = :w
				order by case when :filled and not exists (select 1 from quality_assignments a
				  where a.workspace_id = r.workspace_id and a.week = r.week) then 1 else 0 end, r.week desc
				limit :limit""")
			.param("w", workspaceId).param("filled", filled).param("limit", limit).query(LocalDate.class).list();
	}

	void insert(UUID workspaceId, LocalDate week, Collection<NewAssignment> assignments, Instant now) {
		for (NewAssignment a : assignments) {
			jdbc.sql("""
					insert into quality_assignments (workspace_id, week, agent_id, interaction_id, occurred_at, kind,
					  reason, stratum, stratum_size, created_at)
					values (:w, :week, :agent, :interaction, :at, :kind, :reason, :stratum, :size, :now)""")
				.param("w", workspaceId).param("week", week).param("agent", a.agent())
				.param("interaction", a.interaction()).param("at", Timestamp.from(a.occurredAt()))
				.param("kind", a.kind()).param("reason", a.reason()).param("stratum", a.stratum())
				.param("size", a.stratumSize()).param("now", Timestamp.from(now)).update();
		}
	}

	/** The week's assignments, of one agent and open or reviewed when asked, by agent, kind and time. */
	List<Assignments.Assignment> list(UUID workspaceId, LocalDate week, @Nullable UUID agent,
			@Nullable Boolean reviewed) {
		return jdbc.sql(SELECT + """
				where a.workspace_id = :w and a.week = :week and (cast(:agent as uuid) is null or a.agent_id = :agent)
				  and (cast(:reviewed as boolean) is null or (a.review_id is not null) = :reviewed)
				order by a.agent_id, a.kind, a.occurred_at, a.interaction_id""")
			.param("w", workspaceId).param("week", week).param("agent", agent).param("reviewed", reviewed)
			.query(SampleStore::map).list();
	}

	/** The assignment, its row locked until the transaction ends: one review fulfils it. */
	Optional<Assignments.Assignment> lock(UUID workspaceId, UUID id) {
		jdbc.sql("select id from quality_assignments where workspace_id = :w and id = :id for update")
			.param("w", workspaceId).param("id", id).query(UUID.class).optional();
		return find(workspaceId, id);
	}

	Optional<Assignments.Assignment> find(UUID workspaceId, UUID id) {
		return jdbc.sql(SELECT + "where a.workspace_id = :w and a.id = :id").param("w", workspaceId).param("id", id)
			.query(SampleStore::map).optional();
	}

	void fulfil(UUID workspaceId, UUID id, UUID review) {
		jdbc.sql("update quality_assignments set review_id = :review where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).param("review", review).update();
	}

	private static Assignments.Assignment map(ResultSet rs, int row) throws SQLException {
		return new Assignments.Assignment(rs.getObject("id", UUID.class), rs.getObject("week", LocalDate.class),
				rs.getObject("agent_id", UUID.class), rs.getString("interaction_id"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("kind"),
				rs.getString("reason"), rs.getString("stratum"), rs.getInt("stratum_size"),
				rs.getObject("review_id", UUID.class), (Double) rs.getObject("review_score"));
	}
}
