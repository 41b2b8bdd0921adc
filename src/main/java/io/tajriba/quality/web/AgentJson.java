package io.tajriba.quality.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tajriba.actions.Team;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.AgentMetric;
import io.tajriba.quality.internal.AgentBoard.Scored;
import io.tajriba.quality.internal.AgentService;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The agents API's JSON: agents, their figures, and the bodies it takes. */
final class AgentJson {

	/** An agent with its team ({@code id}, {@code name}, {@code lead}) in place of the team's id. */
	record AgentView(UUID id, String key, String displayName, @Nullable TeamRef team, @Nullable UUID user,
			boolean active, String source, Instant createdAt) {

		static AgentView of(Agent agent, @Nullable Team team) {
			return new AgentView(agent.id(), agent.key(), agent.displayName(), TeamRef.of(team), agent.user(),
					agent.active(), agent.source(), agent.createdAt());
		}
	}

	record TeamRef(UUID id, String name, @Nullable UUID lead) {

		static @Nullable TeamRef of(@Nullable Team team) {
			return team == null || team.id() == null ? null : new TeamRef(team.id(), team.name(), team.lead());
		}
	}

	/**
	 * One figure: value (CSAT and detractors in percent, NPS in points, CES the mean 1-7), its 95% interval, n, the
	 * value shrunk towards the team (agents only) and the rank with ties (1 is best); no answers: n 0, no rank.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record FigureView(double value, double[] ci95, long n, @Nullable Double shrunk, @Nullable Integer rank) {

		static FigureView of(Scored scored) {
			return new FigureView(round(scored.figure().value()),
					new double[] { round(scored.figure().low()), round(scored.figure().high()) }, scored.figure().n(),
					scored.shrunk() == null ? null : round(scored.shrunk()), scored.rank());
		}
	}

	private AgentJson() {
	}

	static Map<String, FigureView> figures(Map<AgentMetric, Scored> figures) {
		Map<String, FigureView> views = new LinkedHashMap<>();
		figures.forEach((metric, scored) -> views.put(metric.key(), FigureView.of(scored)));
		return views;
	}

	static AgentService.NewAgent newAgent(JsonNode body) {
		JsonFields.object(body);
		return new AgentService.NewAgent(JsonFields.text(body, "key"), JsonFields.text(body, "displayName"), uuid(body, "team"),
				uuid(body, "user"), bool(body, "active"));
	}

	static AgentService.Change change(JsonNode body) {
		JsonFields.object(body);
		return new AgentService.Change(JsonFields.text(body, "displayName"), uuid(body, "team"), body.has("team")
				&& body.get("team").isNull(), uuid(body, "user"), body.has("user") && body.get("user").isNull(),
				bool(body, "active"));
	}

	private static @Nullable UUID uuid(JsonNode body, String field) {
		String value = JsonFields.text(body, field);
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}

	private static @Nullable Boolean bool(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			throw new InvalidFieldException(field, "must be true or false");
		}
		return value.asBoolean();
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
