package io.tajriba.workspaces.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.Invitation;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.domain.OneTimeToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations to workspaces, found by the hash of their link's token; one pending per e-mail and workspace. */
@Repository
public class Invitations {

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new invitation, replacing any still pending for the same address (its link stops working). */
	public Invitation replace(UUID workspaceId, String email, Role role, OneTimeToken token, String invitedBy,
			Instant now, Instant expires) {
		jdbc.sql("""
				delete from member_invitations
				where workspace_id = :workspace and lower(email) = lower(:email) and accepted_at is null""")
			.param("workspace", workspaceId).param("email", email).update();
		UUID id = jdbc.sql("""
				insert into member_invitations (workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
				values (:workspace, :email, :role, :hash, :by, :now, :expires) returning id""")
			.param("workspace", workspaceId).param("email", email).param("role", role.id())
			.param("hash", token.hash()).param("by", invitedBy).param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", expires.atOffset(ZoneOffset.UTC)).query(UUID.class).single();
		return new Invitation(id, workspaceId, email, role, invitedBy, now, expires);
	}

	public List<Invitation> pending(UUID workspaceId, Instant now) {
		return jdbc.sql("""
				select * from member_invitations
				where workspace_id = :workspace and accepted_at is null and expires_at > :now order by created_at desc""")
			.param("workspace", workspaceId).param("now", now.atOffset(ZoneOffset.UTC))
			.query(Invitations::map).list();
	}

	/** The pending, unexpired invitation of this link; locked until the transaction ends if {@code lock}. */
	public Optional<Invitation> claimable(OneTimeToken token, Instant now, boolean lock) {
		return jdbc.sql("""
				select * from member_invitations where token_hash = :hash and accepted_at is null and expires_at > :now
				""" + (lock ? "for update" : ""))
			.param("hash", token.hash()).param("now", now.atOffset(ZoneOffset.UTC))
			.query(Invitations::map).optional();
	}

	public void accepted(UUID workspaceId, UUID id, Instant now) {
		jdbc.sql("update member_invitations set accepted_at = :now where workspace_id = :workspace and id = :id")
			.param("workspace", workspaceId).param("id", id).param("now", now.atOffset(ZoneOffset.UTC)).update();
	}

	public Optional<Invitation> revoke(UUID workspaceId, UUID id) {
		return jdbc.sql("""
				delete from member_invitations where workspace_id = :workspace and id = :id and accepted_at is null
				returning *""")
			.param("workspace", workspaceId).param("id", id).query(Invitations::map).optional();
	}

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("email"), Role.of("role", rs.getString("role")), rs.getString("invited_by"),
				ApiKeys.instant(rs, "created_at"), ApiKeys.instant(rs, "expires_at"));
	}
}
