package io.tajriba.workspaces.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who belongs to which workspace, with which role. */
@Repository
public class Memberships {

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(UUID workspaceId, UUID userId, Role role) {
		jdbc.sql("""
				insert into memberships (workspace_id, user_id, role) values (:workspace, :user, :role)
				on conflict (workspace_id, user_id) do update set role = excluded.role""")
			.param("workspace", workspaceId).param("user", userId).param("role", role.id())
			.update();
	}

	/** Adds the membership unless there is one: joining never changes the role someone already has. */
	public void addIfAbsent(UUID workspaceId, UUID userId, Role role) {
		jdbc.sql("""
				insert into memberships (workspace_id, user_id, role) values (:workspace, :user, :role)
				on conflict (workspace_id, user_id) do nothing""")
			.param("workspace", workspaceId).param("user", userId).param("role", role.id())
			.update();
	}

	public Optional<Role> role(UUID workspaceId, UUID userId) {
		return jdbc.sql("select role from memberships where workspace_id = :workspace and user_id = :user")
			.param("workspace", workspaceId).param("user", userId)
			.query((rs, n) -> Role.of("role", rs.getString(1)))
			.optional();
	}

	public List<Member> list(UUID workspaceId) {
		return jdbc.sql("""
				select u.id, u.email, u.display_name, m.role, m.created_at
				from memberships m join users u on u.id = m.user_id
				where m.workspace_id = :workspace order by m.created_at""")
			.param("workspace", workspaceId)
			.query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					Role.of("role", rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

	public boolean remove(UUID workspaceId, UUID userId) {
		return jdbc.sql("delete from memberships where workspace_id = :workspace and user_id = :user")
			.param("workspace", workspaceId).param("user", userId)
			.update() > 0;
	}

	/** Serialises changes to the members of one workspace until the transaction ends (the last owner stays). */
	public void lockWorkspace(UUID workspaceId) {
		jdbc.sql("select id from workspaces where id = :workspace for no key update").param("workspace", workspaceId)
			.query(UUID.class).optional();
	}

	public int owners(UUID workspaceId) {
		return jdbc.sql("select count(*) from memberships where workspace_id = :workspace and role = 'owner'")
			.param("workspace", workspaceId).query(Integer.class).single();
	}
}
