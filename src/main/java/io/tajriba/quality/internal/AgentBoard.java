package io.tajriba.quality.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tajriba.actions.Team;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.AgentMetric;
import io.tajriba.quality.domain.Figure;
import org.jspecify.annotations.Nullable;

/** The feedback figures of a workspace's agents and teams over the days {@code from} to {@code to}. */
public record AgentBoard(LocalDate from, LocalDate to, List<AgentRow> agents, List<TeamRow> teams) {

	/** A figure, shrunk towards the team (agents only) and ranked with ties; both null without answers. */
	public record Scored(Figure figure, @Nullable Double shrunk, @Nullable Integer rank) {
	}

	public record AgentRow(Agent agent, @Nullable Team team, Map<AgentMetric, Scored> figures) {

		public AgentRow {
			figures = new EnumMap<>(figures);
		}

		public Scored get(String metric) {
			return figures.get(AgentMetric.valueOf(metric.toUpperCase(java.util.Locale.ROOT)));
		}
	}

	public record TeamRow(Team team, int agents, Map<AgentMetric, Scored> figures) {

		public TeamRow {
			figures = new EnumMap<>(figures);
		}

		public Scored get(String metric) {
			return figures.get(AgentMetric.valueOf(metric.toUpperCase(java.util.Locale.ROOT)));
		}
	}
}
