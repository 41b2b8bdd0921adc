package io.tajriba.workspaces.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.tajriba.workspaces.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append-only record of sign-ins, API key use and administrative changes. */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(@Nullable UUID workspaceId, Instant at, String actor, String action, @Nullable String target,
			@Nullable String detail, @Nullable String remoteAddr) {
		jdbc.sql("""
				insert into audit_log (workspace_id, occurred_at, actor, action, target, detail, remote_addr)
				values (:workspace, :at, :actor, :action, :target, :detail, :addr)""")
			.param("workspace", workspaceId).param("at", at.atOffset(ZoneOffset.UTC)).param("actor", actor)
			.param("action", action).param("target", target).param("detail", detail).param("addr", remoteAddr)
			.update();
	}

	/** An event of a person rather than of a workspace (a sign-in), or of nobody known when userId is null. */
	public void appendForUser(@Nullable UUID userId, Instant at, String actor, String action, @Nullable String detail,
			@Nullable String remoteAddr) {
		jdbc.sql("""
				insert into audit_log (user_id, occurred_at, actor, action, detail, remote_addr)
				values (:user, :at, :actor, :action, :detail, :addr)""")
			.param("user", userId).param("at", at.atOffset(ZoneOffset.UTC)).param("actor", actor)
			.param("action", action).param("detail", detail).param("addr", remoteAddr)
			.update();
	}

	/**
	 * The workspace's own events, and the personal events (sign-ins) of its present members since they joined:
	 * nobody's earlier sign-ins, and nobody's once they have left.
	 */
	public List<AuditEntry> latest(UUID workspaceId, int limit) {
		return jdbc.sql("""
				(select * from audit_log where workspace_id = :workspace order by occurred_at desc, id desc limit :limit)
				union all
				(select a.* from audit_log a
				 join memberships m on m.user_id = a.user_id and m.workspace_id = :workspace
				 where a.workspace_id is null and a.occurred_at >= m.created_at
				 order by a.occurred_at desc, a.id desc limit :limit)
				order by occurred_at desc, id desc limit :limit""")
			.param("workspace", workspaceId).param("limit", limit)
			.query(AuditLog::map).list();
	}

	/** A person's own events (their sign-ins), newest first. */
	public List<AuditEntry> ofUser(UUID userId, int limit) {
		return jdbc.sql("""
				select * from audit_log where user_id = :user and workspace_id is null
				order by occurred_at desc, id desc limit :limit""")
			.param("user", userId).param("limit", limit).query(AuditLog::map).list();
	}

	/** Deletes the sign-in attempts that named no known account, older than the given time; how many went. */
	public int purgeUnknown(Instant before) {
		int total = 0;
		int deleted;
		do {
			deleted = jdbc.sql("""
					delete from audit_log where id in (select id from audit_log
					  where workspace_id is null and user_id is null and occurred_at < :before limit 10000)""")
				.param("before", before.atOffset(ZoneOffset.UTC)).update();
			total += deleted;
		}
		while (deleted == 10000);
		return total;
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("workspace_id", UUID.class),
				ApiKeys.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
				rs.getString("target"), rs.getString("detail"), rs.getString("remote_addr"));
	}
}
