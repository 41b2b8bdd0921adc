package io.tajriba.employees.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspace's employee teams and the support agents (their agent keys) among each team's employees. */
@Repository
class TeamDirectory {

	record Team(String name, String department) {
	}

	private final JdbcClient jdbc;

	TeamDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Team> teams(UUID workspaceId) {
		return jdbc.sql("select name, department from employee_teams where workspace_id = :w order by department, name")
			.param("w", workspaceId).query((rs, i) -> new Team(rs.getString(1), rs.getString(2))).list();
	}

	Map<String, List<String>> agentsByTeam(UUID workspaceId) {
		Map<String, List<String>> agents = new HashMap<>();
		jdbc.sql("select team, agent from employees where workspace_id = :w and agent is not null order by team, agent")
			.param("w", workspaceId)
			.query((rs, i) -> agents.computeIfAbsent(rs.getString(1), t -> new java.util.ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return agents;
	}
}
