package io.tajriba.quality.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.quality.Agent;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whose reviews and review assignments a member sees. Everyone but the agent role sees all; a member with the agent
 * role sees those of the agent linked to their account and, when they lead a team (the closed loop's team lead), of
 * the team's agents. Seeing a review is not answering for it: only the reviewed agent acknowledges or disputes.
 */
@Component
public class ReviewAudience {

	private final AgentStore agents;
	private final Teams teams;

	ReviewAudience(AgentStore agents, Teams teams) {
		this.agents = agents;
		this.teams = teams;
	}

	/** The agents whose reviews the access sees, or null for every agent. */
	public @Nullable Set<UUID> agents(Access access) {
		if (access.role() != Role.AGENT) {
			return null;
		}
		UUID user = access.userId();
		Set<UUID> seen = new HashSet<>();
		if (user == null) {
			return seen;
		}
		List<Team> all = teams.list(access.workspaceId());
		Set<UUID> led = new HashSet<>();
		all.stream().filter(t -> user.equals(t.lead()) && t.id() != null).forEach(t -> led.add(t.id()));
		for (Agent agent : agents.list(access.workspaceId())) {
			Team team = led.isEmpty() ? null : AgentService.teamOf(agent, all);
			if (user.equals(agent.user()) || team != null && led.contains(team.id())) {
				seen.add(agent.id());
			}
		}
		return seen;
	}

	public boolean sees(Access access, UUID agent) {
		Set<UUID> seen = agents(access);
		return seen == null || seen.contains(agent);
	}
}
