package io.tajriba.actions.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams, and the owners of touchpoints and journey stages. */
@Repository
class TeamStore {

	private final JdbcClient jdbc;

	TeamStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Team> list(UUID workspaceId) {
		return jdbc.sql("select * from action_teams where workspace_id = :w order by name")
			.param("w", workspaceId).query(TeamStore::map).list();
	}

	Optional<Team> find(UUID workspaceId, UUID id) {
		return jdbc.sql("select * from action_teams where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).query(TeamStore::map).optional();
	}

	UUID insert(UUID workspaceId, Team team) {
		return jdbc.sql("""
				insert into action_teams (workspace_id, name, lead_id, members, agents)
				values (:w, :name, :lead, :members, :agents) returning id""")
			.param("w", workspaceId).param("name", team.name()).param("lead", team.lead())
			.param("members", team.members().toArray(UUID[]::new)).param("agents", team.agents().toArray(String[]::new))
			.query(UUID.class).single();
	}

	boolean update(UUID workspaceId, UUID id, Team team) {
		return jdbc.sql("""
				update action_teams set name = :name, lead_id = :lead, members = :members, agents = :agents
				where workspace_id = :w and id = :id""")
			.param("w", workspaceId).param("id", id).param("name", team.name()).param("lead", team.lead())
			.param("members", team.members().toArray(UUID[]::new)).param("agents", team.agents().toArray(String[]::new))
			.update() == 1;
	}

	boolean delete(UUID workspaceId, UUID id) {
		return jdbc.sql("delete from action_teams where workspace_id = :w and id = :id")
			.param("w", workspaceId).param("id", id).update() == 1;
	}

	boolean nameTaken(UUID workspaceId, String name, UUID except) {
		return jdbc.sql("select count(*) from action_teams where workspace_id = :w and lower(name) = lower(:name) and id <> :id")
			.param("w", workspaceId).param("name", name).param("id", except).query(Long.class).single() > 0;
	}

	/** An owner and their deputy, if any. */
	record OwnerRow(String name, UUID owner, @org.jspecify.annotations.Nullable UUID deputy) {
	}

	/** The owners of one kind (touchpoint, stage, kpi_target, theme) by name. */
	Map<String, UUID> owners(UUID workspaceId, String kind) {
		return ownerRows(workspaceId, kind).stream().collect(Collectors.toMap(OwnerRow::name, OwnerRow::owner));
	}

	List<OwnerRow> ownerRows(UUID workspaceId, String kind) {
		return jdbc.sql("select name, user_id, deputy_id from action_owners where workspace_id = :w and kind = :kind")
			.param("w", workspaceId).param("kind", kind)
			.query((rs, n) -> new OwnerRow(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
			.list();
	}

	Optional<OwnerRow> owner(UUID workspaceId, String kind, String name) {
		return jdbc.sql("""
				select name, user_id, deputy_id from action_owners where workspace_id = :w and kind = :kind and name = :name""")
			.param("w", workspaceId).param("kind", kind).param("name", name)
			.query((rs, n) -> new OwnerRow(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
			.optional();
	}

	void replaceOwners(UUID workspaceId, String kind, Map<String, UUID> owners, Map<String, UUID> deputies) {
		jdbc.sql("delete from action_owners where workspace_id = :w and kind = :kind")
			.param("w", workspaceId).param("kind", kind).update();
		owners.forEach((name, user) -> jdbc.sql("""
				insert into action_owners (workspace_id, kind, name, user_id, deputy_id)
				values (:w, :kind, :name, :user, :deputy)""")
			.param("w", workspaceId).param("kind", kind).param("name", name).param("user", user)
			.param("deputy", deputies.get(name)).update());
	}

	private static Team map(ResultSet rs, int row) throws SQLException {
		return new Team(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("lead_id", UUID.class),
				Arrays.asList(uuids(rs.getArray("members"))), Arrays.asList((String[]) rs.getArray("agents").getArray()));
	}

	private static UUID[] uuids(Array array) throws SQLException {
		return (UUID[]) array.getArray();
	}
}
