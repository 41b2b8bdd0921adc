package io.tajriba.employees.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.employees.Employee;
import io.tajriba.employees.EmployeeTeam;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employees and teams of a workspace; every statement filters by workspace. */
@Repository
public class EmployeeStore {

	private static final String SELECT = """
			select e.id, e.name, e.email, e.team, t.department, e.location, e.manager, e.user_id, e.agent, e.language,
			  e.active
			from employees e join employee_teams t on t.workspace_id = e.workspace_id and t.name = e.team
			where e.workspace_id = :w""";

	private final JdbcClient jdbc;
	private final Clock clock;

	EmployeeStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Employee> list(UUID workspaceId) {
		return jdbc.sql(SELECT + " order by lower(e.name), e.name, e.id").param("w", workspaceId)
			.query(EmployeeStore::employee).list();
	}

	public Optional<Employee> find(UUID workspaceId, String id) {
		return jdbc.sql(SELECT + " and e.id = :id").param("w", workspaceId).param("id", id)
			.query(EmployeeStore::employee).optional();
	}

	public Optional<Employee> byUser(UUID workspaceId, UUID userId) {
		return jdbc.sql(SELECT + " and e.user_id = :user").param("w", workspaceId).param("user", userId)
			.query(EmployeeStore::employee).optional();
	}

	/** The id of the employee linked to this member or agent, if any. */
	public Optional<String> holder(UUID workspaceId, @Nullable UUID userId, @Nullable String agent) {
		return jdbc.sql("""
				select id from employees where workspace_id = :w and (user_id = :user or agent = cast(:agent as text))
				limit 1""")
			.param("w", workspaceId).param("user", userId).param("agent", agent).query(String.class).optional();
	}

	public Map<String, String> teamOfAgents(UUID workspaceId) {
		Map<String, String> teams = new LinkedHashMap<>();
		jdbc.sql("select agent, team from employees where workspace_id = :w and agent is not null order by agent")
			.param("w", workspaceId).query((rs, i) -> teams.put(rs.getString(1), rs.getString(2))).list();
		return teams;
	}

	public List<EmployeeTeam> teams(UUID workspaceId) {
		return jdbc.sql("select name, department, stages from employee_teams where workspace_id = :w order by lower(name), name")
			.param("w", workspaceId).query(EmployeeStore::team).list();
	}

	public void saveTeam(UUID workspaceId, EmployeeTeam team) {
		jdbc.sql("""
				insert into employee_teams (workspace_id, name, department, stages, created_at)
				values (:w, :name, :department, :stages, :now)
				on conflict (workspace_id, name) do update set department = excluded.department, stages = excluded.stages""")
			.param("w", workspaceId).param("name", team.name()).param("department", team.department())
			.param("stages", team.stages().toArray(String[]::new)).param("now", now()).update();
	}

	public void save(UUID workspaceId, Employee e) {
		jdbc.sql("""
				insert into employees (workspace_id, id, name, email, team, location, manager, user_id, agent, language,
				  active, created_at, updated_at)
				values (:w, :id, :name, :email, :team, :location, :manager, :user, :agent, :language, :active, :now, :now)
				on conflict (workspace_id, id) do update set name = excluded.name, email = excluded.email,
				  team = excluded.team, location = excluded.location, manager = excluded.manager,
				  user_id = excluded.user_id, agent = excluded.agent, language = excluded.language,
				  active = excluded.active, updated_at = excluded.updated_at""")
			.param("w", workspaceId).param("id", e.id()).param("name", e.name()).param("email", e.email())
			.param("team", e.team()).param("location", e.location()).param("manager", e.manager())
			.param("user", e.userId()).param("agent", e.agent()).param("language", e.language())
			.param("active", e.active()).param("now", now()).update();
	}

	private java.time.OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static Employee employee(ResultSet rs, int row) throws SQLException {
		return new Employee(rs.getString("id"), rs.getString("name"), rs.getString("email"), rs.getString("team"),
				rs.getString("department"), rs.getString("location"), rs.getString("manager"),
				rs.getObject("user_id", UUID.class), rs.getString("agent"), rs.getString("language"),
				rs.getBoolean("active"));
	}

	private static EmployeeTeam team(ResultSet rs, int row) throws SQLException {
		Array stages = rs.getArray("stages");
		return new EmployeeTeam(rs.getString("name"), rs.getString("department"),
				stages == null ? List.of() : Arrays.asList((String[]) stages.getArray()));
	}
}
