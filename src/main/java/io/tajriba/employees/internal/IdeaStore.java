package io.tajriba.employees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.employees.domain.IdeaStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ideas of a workspace, their votes, comments and changes of status; every query keeps to one workspace. */
@Repository
class IdeaStore {

	/** A new idea's fields. */
	record NewIdea(String title, String body, String language, @Nullable String stage, @Nullable String touchpoint,
			@Nullable String theme, @Nullable String submitterEmployee, @Nullable UUID submitterUser) {
	}

	static final String COLUMNS = """
			id, number, title, body, language, stage, touchpoint, theme, submitter_employee, submitter_user, status,
			reason, duplicate_of, action_id, votes, created_at, updated_at""";

	private final JdbcClient jdbc;

	IdeaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds an idea with the workspace's next number (the workspace's ideas are locked for it till commit). */
	Idea add(UUID workspaceId, NewIdea idea, Instant now) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('ideas:' || cast(:w as text), 0))")
			.param("w", workspaceId).query((rs, n) -> 1).list();
		return jdbc.sql("""
				insert into ideas (workspace_id, number, title, body, language, stage, touchpoint, theme,
				  submitter_employee, submitter_user, status, created_at, updated_at)
				select :w, coalesce(max(number), 0) + 1, :title, :body, :language, :stage, :touchpoint, :theme,
				  :employee, :user, 'submitted', :now, :now from ideas where workspace_id = :w
				returning""" + " " + COLUMNS)
			.param("w", workspaceId).param("title", idea.title()).param("body", idea.body())
			.param("language", idea.language()).param("stage", idea.stage()).param("touchpoint", idea.touchpoint())
			.param("theme", idea.theme()).param("employee", idea.submitterEmployee())
			.param("user", idea.submitterUser()).param("now", utc(now))
			.query(IdeaStore::idea).single();
	}

	Optional<Idea> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from ideas where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(IdeaStore::idea).optional();
	}

	Optional<Idea> byNumber(UUID workspaceId, int number) {
		return jdbc.sql("select " + COLUMNS + " from ideas where workspace_id = :w and number = :n")
			.param("w", workspaceId).param("n", number).query(IdeaStore::idea).optional();
	}

	/** The ideas that pass the filter, the newest first, at most {@code limit}. */
	List<Idea> list(UUID workspaceId, IdeaFilter filter, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from ideas where workspace_id = :w
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:stage as text) is null or stage = :stage)
				  and (cast(:touchpoint as text) is null or touchpoint = :touchpoint)
				  and (cast(:theme as text) is null or theme = :theme)
				order by number desc limit :limit""")
			.param("w", workspaceId).param("status", filter.status() == null ? null : filter.status().id())
			.param("stage", filter.stage()).param("touchpoint", filter.touchpoint()).param("theme", filter.theme())
			.param("limit", limit).query(IdeaStore::idea).list();
	}

	/** Casts a vote; false when this voter had already voted. Keeps the idea's count of votes. */
	boolean vote(UUID workspaceId, UUID ideaId, String voter, @Nullable UUID userId, Instant now) {
		int added = jdbc.sql("""
				insert into idea_votes (workspace_id, idea_id, voter, user_id, created_at)
				values (:w, :idea, :voter, :user, :now) on conflict do nothing""")
			.param("w", workspaceId).param("idea", ideaId).param("voter", voter).param("user", userId)
			.param("now", utc(now)).update();
		recount(workspaceId, ideaId);
		return added == 1;
	}

	boolean unvote(UUID workspaceId, UUID ideaId, String voter) {
		int removed = jdbc.sql("delete from idea_votes where workspace_id = :w and idea_id = :idea and voter = :voter")
			.param("w", workspaceId).param("idea", ideaId).param("voter", voter).update();
		recount(workspaceId, ideaId);
		return removed == 1;
	}

	boolean voted(UUID workspaceId, UUID ideaId, String voter) {
		return jdbc.sql("select count(*) from idea_votes where workspace_id = :w and idea_id = :idea and voter = :voter")
			.param("w", workspaceId).param("idea", ideaId).param("voter", voter).query(Long.class).single() > 0;
	}

	/** The ideas this voter has voted for, of those listed. */
	List<UUID> votedBy(UUID workspaceId, String voter) {
		return jdbc.sql("select idea_id from idea_votes where workspace_id = :w and voter = :voter")
			.param("w", workspaceId).param("voter", voter).query(UUID.class).list();
	}

	private void recount(UUID workspaceId, UUID ideaId) {
		jdbc.sql("""
				update ideas set votes = (select count(*) from idea_votes where workspace_id = :w and idea_id = :idea)
				where workspace_id = :w and id = :idea""")
			.param("w", workspaceId).param("idea", ideaId).update();
	}

	/**
	 * The members to tell of a change: the submitter and the voters who are members, directly or as the employee
	 * whose account they are.
	 */
	List<UUID> audience(UUID workspaceId, UUID ideaId) {
		return jdbc.sql("""
				select submitter_user from ideas where workspace_id = :w and id = :idea and submitter_user is not null
				union
				select e.user_id from ideas i join employees e on e.workspace_id = i.workspace_id
				  and e.id = i.submitter_employee
				where i.workspace_id = :w and i.id = :idea and e.user_id is not null
				union
				select v.user_id from idea_votes v where v.workspace_id = :w and v.idea_id = :idea and v.user_id is not null
				union
				select e.user_id from idea_votes v join employees e on e.workspace_id = v.workspace_id
				  and v.voter = 'employee:' || e.id
				where v.workspace_id = :w and v.idea_id = :idea and e.user_id is not null""")
			.param("w", workspaceId).param("idea", ideaId).query(UUID.class).list();
	}

	void status(UUID workspaceId, UUID ideaId, IdeaStatus from, IdeaStatus to, @Nullable String reason,
			@Nullable UUID duplicateOf, String by, Instant now) {
		jdbc.sql("""
				update ideas set status = :to, reason = :reason, duplicate_of = :dup, updated_at = :now
				where workspace_id = :w and id = :idea""")
			.param("w", workspaceId).param("idea", ideaId).param("to", to.id()).param("reason", reason)
			.param("dup", duplicateOf).param("now", utc(now)).update();
		change(workspaceId, ideaId, from.id(), to.id(), reason, by, now);
	}

	void change(UUID workspaceId, UUID ideaId, @Nullable String from, String to, @Nullable String reason, String by,
			Instant now) {
		jdbc.sql("""
				insert into idea_changes (workspace_id, idea_id, from_status, to_status, reason, changed_by, changed_at)
				values (:w, :idea, :from, :to, :reason, :by, :now)""")
			.param("w", workspaceId).param("idea", ideaId).param("from", from).param("to", to).param("reason", reason)
			.param("by", by).param("now", utc(now)).update();
	}

	void action(UUID workspaceId, UUID ideaId, UUID actionId) {
		jdbc.sql("update ideas set action_id = :action where workspace_id = :w and id = :idea")
			.param("w", workspaceId).param("idea", ideaId).param("action", actionId).update();
	}

	/** Locks the idea's row till commit, so that two changes of status do not cross. */
	Optional<Idea> lock(UUID workspaceId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from ideas where workspace_id = :w and id = :id for update")
			.param("w", workspaceId).param("id", id).query(IdeaStore::idea).optional();
	}

	IdeaComment comment(UUID workspaceId, UUID ideaId, @Nullable UUID author, String authorName, String body,
			Instant now) {
		UUID id = jdbc.sql("""
				insert into idea_comments (workspace_id, idea_id, author_user, author_name, body, created_at)
				values (:w, :idea, :author, :name, :body, :now) returning id""")
			.param("w", workspaceId).param("idea", ideaId).param("author", author).param("name", authorName)
			.param("body", body).param("now", utc(now)).query(UUID.class).single();
		return new IdeaComment(id, author, authorName, body, now);
	}

	List<IdeaComment> comments(UUID workspaceId, UUID ideaId) {
		return jdbc.sql("""
				select id, author_user, author_name, body, created_at from idea_comments
				where workspace_id = :w and idea_id = :idea order by created_at, id""")
			.param("w", workspaceId).param("idea", ideaId)
			.query((rs, n) -> new IdeaComment(rs.getObject("id", UUID.class), rs.getObject("author_user", UUID.class),
					rs.getString("author_name"), rs.getString("body"), instant(rs, "created_at")))
			.list();
	}

	List<IdeaChange> changes(UUID workspaceId, UUID ideaId) {
		return jdbc.sql("""
				select from_status, to_status, reason, changed_by, changed_at from idea_changes
				where workspace_id = :w and idea_id = :idea order by changed_at, id""")
			.param("w", workspaceId).param("idea", ideaId)
			.query((rs, n) -> new IdeaChange(rs.getString("from_status"), rs.getString("to_status"),
					rs.getString("reason"), rs.getString("changed_by"), instant(rs, "changed_at")))
			.list();
	}

	static Idea idea(ResultSet rs, int row) throws SQLException {
		return new Idea(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("title"),
				rs.getString("body"), rs.getString("language"), rs.getString("stage"), rs.getString("touchpoint"),
				rs.getString("theme"), rs.getString("submitter_employee"), rs.getObject("submitter_user", UUID.class),
				IdeaStatus.parse("status", rs.getString("status")), rs.getString("reason"),
				rs.getObject("duplicate_of", UUID.class), rs.getObject("action_id", UUID.class), rs.getInt("votes"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
