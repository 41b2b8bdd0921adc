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

	/** Who owns what: journey stages by key, touchpoints by name, each to its owner's user id. */
	public record Owners(java.util.Map<String, UUID> stages, java.util.Map<String, UUID> touchpoints) {
	}

	/** The owners cases are routed to (an owner who has left the workspace gets none, but is still listed). */
	public Owners owners(UUID workspaceId) {
		var owners = teams.owners(workspaceId);
		return new Owners(owners.get("stages"), owners.get("touchpoints"));
	}

	/** The workspace's teams by name, each with its lead, members and the agent names it lists. */
	public List<Team> list(UUID workspaceId) {
		return teams.list(workspaceId);
	}
}
