package io.tajriba.quality;

import java.util.UUID;

import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.ScorecardCodec;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Setting a workspace's quality work up from outside the module (the demo company): scorecards as
 * {@code POST /api/v1/scorecards} makes them, and the directory's links between agents and member accounts.
 */
@Service
public class QualitySetup {

	private final ScorecardService scorecards;
	private final AgentService agents;

	QualitySetup(ScorecardService scorecards, AgentService agents) {
		this.scorecards = scorecards;
		this.agents = agents;
	}

	public boolean hasScorecards(UUID workspaceId) {
		return !scorecards.list(workspaceId).isEmpty();
	}

	/** Creates a scorecard from the body {@code POST /api/v1/scorecards} takes; answers its id. */
	public UUID scorecard(Access access, JsonNode body) {
		return scorecards.create(access, ScorecardCodec.read(body)).id();
	}

	/**
	 * Links the agent recorded under this key to a member with the agent role, adding the agent to the directory
	 * first if the recorded data has not brought it there yet.
	 */
	public Agent link(Access access, String agentKey, UUID user) {
		return agents.list(access.workspaceId()).stream().filter(a -> a.key().equals(agentKey)).findFirst()
			.map(a -> agents.change(access, a.id(), new AgentService.Change(null, null, false, user, false, null)))
			.orElseGet(() -> agents.create(access, new AgentService.NewAgent(agentKey, null, null, user, true)));
	}
}
