package io.tajriba.actions;

import java.util.List;
import java.util.UUID;

import io.tajriba.actions.internal.TeamService;
import org.springframework.stereotype.Service;

/** The closed loop's teams, read by other modules (agent quality groups its agents by them). */
@Service
public class Teams {

	private final TeamService teams;

	Teams(TeamService teams) {
		this.teams = teams;
	}

	/** The workspace's teams by name, each with its lead, members and the agent names it lists. */
	public List<Team> list(UUID workspaceId) {
		return teams.list(workspaceId);
	}
}
