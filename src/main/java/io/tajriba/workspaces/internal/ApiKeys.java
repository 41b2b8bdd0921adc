package io.tajriba.workspaces.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.ApiKey;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.domain.ApiKeySecret;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys, stored as hashes; a revoked key stays listed but no longer authenticates. */
@Repository
public class ApiKeys {

	private final JdbcClient jdbc;

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ApiKey insert(UUID workspaceId, String name, Role role, ApiKeySecret secret, Instant now) {
		UUID id = jdbc.sql("""
				insert into api_keys (workspace_id, name, role, prefix, secret_hash, created_at)
				values (:workspace, :name, :role, :prefix, :hash, :now) returning id""")
			.param("workspace", workspaceId).param("name", name).param("role", role.id())
			.param("prefix", secret.displayPrefix()).param("hash", secret.hash()).param("now", at(now))
			.query(UUID.class).single();
		return new ApiKey(workspaceId, id, name, role, secret.displayPrefix(), now, null, null);
	}

	public Optional<ApiKey> findActive(ApiKeySecret secret) {
		return jdbc.sql("select * from api_keys where secret_hash = :hash and revoked_at is null")
			.param("hash", secret.hash()).query(ApiKeys::map).optional();
	}

	/** The key with this secret, revoked or not. */
	public Optional<ApiKey> findAny(ApiKeySecret secret) {
		return jdbc.sql("select * from api_keys where secret_hash = :hash")
			.param("hash", secret.hash()).query(ApiKeys::map).optional();
	}

	/** Makes a revoked key valid again, with the role given. */
	public void restore(UUID workspaceId, UUID id, Role role) {
		jdbc.sql("update api_keys set revoked_at = null, role = :role where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).param("role", role.id()).update();
	}

	public List<ApiKey> list(UUID workspaceId) {
		return jdbc.sql("select * from api_keys where workspace_id = :workspace order by created_at desc")
			.param("workspace", workspaceId).query(ApiKeys::map).list();
	}

	public Optional<ApiKey> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from api_keys where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).query(ApiKeys::map).optional();
	}

	public void revoke(UUID workspaceId, UUID id, Instant now) {
		jdbc.sql("""
				update api_keys set revoked_at = :now
				where workspace_id = :workspace and id = :id and revoked_at is null""")
			.param("workspace", workspaceId).param("id", id).param("now", at(now)).update();
	}

	public List<UUID> activeNamed(UUID workspaceId, String name) {
		return jdbc.sql("""
				select id from api_keys where workspace_id = :workspace and name = :name and revoked_at is null""")
			.param("workspace", workspaceId).param("name", name).query(UUID.class).list();
	}

	public void touch(UUID workspaceId, UUID id, Instant now) {
		jdbc.sql("update api_keys set last_used_at = :now where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).param("now", at(now)).update();
	}

	/**
	 * Claims the hourly audit of a key's use: true for the one request (on any node) that finds the last audit
	 * older than {@code every}, which then writes it.
	 */
	public boolean claimAudit(UUID workspaceId, UUID id, Instant now, java.time.Duration every) {
		return jdbc.sql("""
				update api_keys set last_audited_at = :now
				where workspace_id = :workspace and id = :id
				  and (last_audited_at is null or last_audited_at <= :since)""")
			.param("workspace", workspaceId).param("id", id).param("now", at(now))
			.param("since", at(now.minus(every))).update() > 0;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}

	private static ApiKey map(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getString("name"), Role.of("role", rs.getString("role")), rs.getString("prefix"),
				instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
