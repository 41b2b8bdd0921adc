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

	public List<AuditEntry> latest(UUID workspaceId, int limit) {
		return jdbc.sql("""
				select * from audit_log where workspace_id = :workspace order by occurred_at desc, id desc limit :limit""")
			.param("workspace", workspaceId).param("limit", limit)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("workspace_id", UUID.class),
					ApiKeys.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("target"), rs.getString("detail"), rs.getString("remote_addr")))
			.list();
	}
}
