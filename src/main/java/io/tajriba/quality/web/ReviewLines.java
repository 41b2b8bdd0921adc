package io.tajriba.quality.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.quality.Agent;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.ReviewService.Review;
import io.tajriba.quality.internal.ScorecardService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reviews as the lists show them: with their agent, and the scorecard's name and version they were scored on. */
@Component
class ReviewLines {

	/** A review with what a list shows beside it; {@code agent} null if the agent left the directory. */
	record Line(Review review, @Nullable Agent agent, String scorecard, int version) {
	}

	private final AgentService agents;
	private final ScorecardService scorecards;

	ReviewLines(AgentService agents, ScorecardService scorecards) {
		this.agents = agents;
		this.scorecards = scorecards;
	}

	List<Line> of(UUID workspaceId, List<Review> reviews) {
		Map<UUID, Agent> byId = new HashMap<>();
		agents.list(workspaceId).forEach(a -> byId.put(a.id(), a));
		Map<UUID, ScorecardService.Version> versions = new HashMap<>();
		return reviews.stream().map(r -> {
			ScorecardService.Version v = versions.computeIfAbsent(r.versionId(),
					id -> scorecards.version(workspaceId, id).orElseThrow());
			return new Line(r, byId.get(r.agent()), v.card().name(), v.version());
		}).toList();
	}
}
