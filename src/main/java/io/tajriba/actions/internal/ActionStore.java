package io.tajriba.actions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.actions.domain.Action;
import io.tajriba.actions.domain.ActionStatus;
import io.tajriba.actions.domain.InsightLink;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actions and their comments, always within one workspace. */
@Repository
class ActionStore {

	private static final String COLUMNS = """
			id, title, description, owner_user, due_on, status, progress, initiative_id, insight_kind, insight_ref,
			insight_label, stage, touchpoint, created_by, created_at, updated_at, done_at""";

	private final JdbcClient jdbc;

	ActionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID workspaceId, Action a) {
		jdbc.sql("insert into actions (workspace_id, " + COLUMNS + """
				) values (:w, :id, :title, :description, :owner, :due, :status, :progress, :initiative, :kind, :ref,
				:label, :stage, :touchpoint, :createdBy, :createdAt, :updatedAt, :doneAt)""")
			.paramSource(params(workspaceId, a)).update();
	}

	void update(UUID workspaceId, Action a) {
		jdbc.sql("""
				update actions set title = :title, description = :description, owner_user = :owner, due_on = :due,
				  status = :status, progress = :progress, initiative_id = :initiative, updated_at = :updatedAt,
				  done_at = :doneAt
				where workspace_id = :w and id = :id""")
			.paramSource(params(workspaceId, a)).update();
	}

	Optional<Action> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from actions where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(ActionStore::action).optional();
	}

	/** The action, locked until the transaction ends, so that two changes at once apply one after the other. */
	Optional<Action> lock(UUID workspaceId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from actions where workspace_id = :w and id = :id for update")
			.param("w", workspaceId).param("id", id).query(ActionStore::action).optional();
	}

	boolean delete(UUID workspaceId, UUID id) {
		return jdbc.sql("delete from actions where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).update() > 0;
	}

	/** The actions the filter lets through, by due day (those without one last), then oldest first. */
	List<Action> list(UUID workspaceId, ActionFilter f, LocalDate today) {
		return jdbc.sql("select " + COLUMNS + """
				 from actions where workspace_id = :w
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:owner as uuid) is null or owner_user = :owner)
				  and (cast(:initiative as uuid) is null or initiative_id = :initiative)
				  and (cast(:kind as text) is null or insight_kind = :kind)
				  and (cast(:ref as text) is null or insight_ref = :ref)
				  and (not :overdue or (due_on < :today and status not in ('done', 'cancelled')))
				order by due_on asc nulls last, created_at, id""")
			.param("w", workspaceId).param("status", f.status() == null ? null : f.status().id())
			.param("owner", f.owner()).param("initiative", f.initiative()).param("kind", f.insightKind())
			.param("ref", f.insightRef()).param("overdue", f.overdue()).param("today", today)
			.query(ActionStore::action).list();
	}

	/** How many actions were started from the insight: all, the open ones, the done ones. */
	int[] counts(UUID workspaceId, String kind, String ref) {
		return jdbc.sql("""
				select count(*) as total, count(*) filter (where status not in ('done', 'cancelled')) as open,
				  count(*) filter (where status = 'done') as done
				from actions where workspace_id = :w and insight_kind = :kind and insight_ref = :ref""")
			.param("w", workspaceId).param("kind", kind).param("ref", ref)
			.query((rs, n) -> new int[] { rs.getInt("total"), rs.getInt("open"), rs.getInt("done") }).single();
	}

	List<ActionComment> comments(UUID workspaceId, UUID actionId) {
		return jdbc.sql("""
				select id, author_user, author_name, body, created_at from action_comments
				where workspace_id = :w and action_id = :action order by created_at, id""")
			.param("w", workspaceId).param("action", actionId)
			.query((rs, n) -> new ActionComment(rs.getObject("id", UUID.class), Sql.uuid(rs, "author_user"),
					rs.getString("author_name"), rs.getString("body"), Sql.instant(rs, "created_at")))
			.list();
	}

	ActionComment comment(UUID workspaceId, UUID actionId, @Nullable UUID author, String authorName, String body,
			Instant at) {
		UUID id = jdbc.sql("""
				insert into action_comments (workspace_id, action_id, author_user, author_name, body, created_at)
				values (:w, :action, :author, :name, :body, :at) returning id""")
			.param("w", workspaceId).param("action", actionId).param("author", author).param("name", authorName)
			.param("body", body).param("at", Sql.utc(at)).query(UUID.class).single();
		return new ActionComment(id, author, authorName, body, at);
	}

	private static MapSqlParameterSource params(UUID workspaceId, Action a) {
		InsightLink insight = a.insight();
		return new MapSqlParameterSource().addValue("w", workspaceId).addValue("id", a.id())
			.addValue("title", a.title()).addValue("description", a.description()).addValue("owner", a.owner())
			.addValue("due", a.dueOn()).addValue("status", a.status().id()).addValue("progress", a.progress())
			.addValue("initiative", a.initiative())
			.addValue("kind", insight == null ? null : insight.kind())
			.addValue("ref", insight == null ? null : insight.ref())
			.addValue("label", insight == null ? null : insight.label()).addValue("stage", a.stage())
			.addValue("touchpoint", a.touchpoint()).addValue("createdBy", a.createdBy())
			.addValue("createdAt", Sql.utc(a.createdAt())).addValue("updatedAt", Sql.utc(a.updatedAt()))
			.addValue("doneAt", Sql.utc(a.doneAt()));
	}

	private static Action action(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("insight_kind");
		return new Action(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				Sql.uuid(rs, "owner_user"), rs.getObject("due_on", LocalDate.class),
				ActionStatus.of("status", rs.getString("status")), rs.getInt("progress"),
				Sql.uuid(rs, "initiative_id"),
				kind == null ? null : new InsightLink(kind, rs.getString("insight_ref"), rs.getString("insight_label")),
				rs.getString("stage"), rs.getString("touchpoint"), rs.getString("created_by"),
				Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), Sql.instant(rs, "done_at"));
	}
}
