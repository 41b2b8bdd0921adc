package io.tajriba.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.AgentMetric;
import io.tajriba.quality.domain.Figure;
import io.tajriba.quality.domain.Standings;
import io.tajriba.quality.internal.AgentBoard.AgentRow;
import io.tajriba.quality.internal.AgentBoard.Scored;
import io.tajriba.quality.internal.AgentBoard.TeamRow;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * CSAT, NPS, CES and the share of detractors per agent and per team over a period, from the survey answers grouped
 * by their agent: one query per kind of question for the whole workspace. Active agents are shrunk towards their
 * team and ranked; inactive ones keep their raw figures.
 */
@Service
public class AgentFigures {

	static final int DEFAULT_DAYS = 90;

	private final SurveyScores scores;
	private final AgentStore store;
	private final Teams teams;
	private final Clock clock;

	AgentFigures(SurveyScores scores, AgentStore store, Teams teams, Clock clock) {
		this.scores = scores;
		this.store = store;
		this.teams = teams;
		this.clock = clock;
	}

	/** The days of a period as given (ISO dates, blank for the default: the last 90 days up to today). */
	public LocalDate[] period(ZoneId zone, @Nullable String from, @Nullable String to) {
		LocalDate last = to == null || to.isBlank() ? LocalDate.now(clock.withZone(zone))
				: io.tajriba.platform.Dates.parseDate("to", to);
		LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1)
				: io.tajriba.platform.Dates.parseDate("from", from);
		if (first.isAfter(last)) {
			throw new InvalidFieldException("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(first, last) > 3660) {
			throw new InvalidFieldException("from", "a period spans at most ten years");
		}
		return new LocalDate[] { first, last };
	}

	public AgentBoard board(Workspace workspace, LocalDate from, LocalDate to, String sort) {
		Comparator<AgentRow> order = order(sort);
		ZoneId zone = workspace.timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Map<AgentMetric, Map<String, long[]>> counts = new EnumMap<>(AgentMetric.class);
		for (AgentMetric metric : AgentMetric.values()) {
			counts.put(metric, metric == AgentMetric.DETRACTORS ? counts.get(AgentMetric.NPS)
					: counts(workspace, metric, start, end));
		}
		List<String> answered = counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
		store.discover(workspace.id(), answered, clock.instant());
		List<Team> all = teams.list(workspace.id());
		List<Agent> agents = store.list(workspace.id());
		List<Team> teamOf = agents.stream().map(a -> AgentService.teamOf(a, all)).toList();
		List<Map<AgentMetric, Scored>> figures = new ArrayList<>();
		agents.forEach(a -> figures.add(new EnumMap<>(AgentMetric.class)));
		for (AgentMetric metric : AgentMetric.values()) {
			score(metric, agents, teamOf, counts.get(metric), figures);
		}
		List<AgentRow> rows = new ArrayList<>();
		for (int i = 0; i < agents.size(); i++) {
			rows.add(new AgentRow(agents.get(i), teamOf.get(i), figures.get(i)));
		}
		rows.sort(order);
		return new AgentBoard(from, to, List.copyOf(rows), teams(all, agents, teamOf, counts));
	}

	private void score(AgentMetric metric, List<Agent> agents, List<Team> teamOf, Map<String, long[]> counts,
			List<Map<AgentMetric, Scored>> figures) {
		List<Integer> ranked = new ArrayList<>();
		List<Standings.Entry> entries = new ArrayList<>();
		for (int i = 0; i < agents.size(); i++) {
			Figure figure = metric.figure(counts.getOrDefault(agents.get(i).key(), empty(metric)));
			figures.get(i).put(metric, new Scored(figure, null, null));
			if (agents.get(i).active()) {
				ranked.add(i);
				Team team = teamOf.get(i);
				entries.add(new Standings.Entry(team == null ? null : String.valueOf(team.id()), figure));
			}
		}
		List<Standings.Standing> standings = Standings.of(entries, metric.higherIsBetter());
		for (int k = 0; k < ranked.size(); k++) {
			Standings.Standing s = standings.get(k);
			figures.get(ranked.get(k)).put(metric, new Scored(entries.get(k).figure(), s.shrunk(), s.rank()));
		}
	}

	private static List<TeamRow> teams(List<Team> all, List<Agent> agents, List<Team> teamOf,
			Map<AgentMetric, Map<String, long[]>> counts) {
		List<TeamRow> rows = new ArrayList<>();
		Map<AgentMetric, List<Standings.Entry>> entries = new EnumMap<>(AgentMetric.class);
		for (Team team : all) {
			int members = 0;
			Map<AgentMetric, long[]> sums = new EnumMap<>(AgentMetric.class);
			for (int i = 0; i < agents.size(); i++) {
				if (teamOf.get(i) != null && teamOf.get(i).id().equals(team.id())) {
					members++;
					for (AgentMetric metric : AgentMetric.values()) {
						add(sums.computeIfAbsent(metric, AgentFigures::empty), counts.get(metric).get(agents.get(i).key()));
					}
				}
			}
			Map<AgentMetric, Scored> figures = new EnumMap<>(AgentMetric.class);
			for (AgentMetric metric : AgentMetric.values()) {
				Figure figure = metric.figure(sums.getOrDefault(metric, empty(metric)));
				figures.put(metric, new Scored(figure, null, null));
				// each team its own group: nothing to shrink towards, only the ranks among teams
				entries.computeIfAbsent(metric, m -> new ArrayList<>())
					.add(new Standings.Entry(String.valueOf(team.id()), figure));
			}
			rows.add(new TeamRow(team, members, figures));
		}
		for (AgentMetric metric : AgentMetric.values()) {
			List<Standings.Standing> standings = Standings.of(entries.getOrDefault(metric, List.of()),
					metric.higherIsBetter());
			for (int t = 0; t < rows.size(); t++) {
				Scored raw = rows.get(t).figures().get(metric);
				rows.get(t).figures().put(metric, new Scored(raw.figure(), null, standings.get(t).rank()));
			}
		}
		return List.copyOf(rows);
	}

	private Map<String, long[]> counts(Workspace workspace, AgentMetric metric, Instant start, Instant end) {
		Map<String, long[]> byAgent = new HashMap<>();
		for (SurveyScores.Count c : scores.counts(workspace.id(), metric.questionType(),
				ScoreFilter.all().between(start, end), ScoreDimension.AGENT, null, workspace.timeZone())) {
			if (c.group() != null && c.scaleMin() == metric.min() && c.scaleMax() == metric.max()
					&& c.score() >= metric.min() && c.score() <= metric.max()) {
				byAgent.computeIfAbsent(c.group(), g -> empty(metric))[c.score() - metric.min()] += c.count();
			}
		}
		return byAgent;
	}

	private static void add(long[] sum, long @Nullable [] counts) {
		if (counts != null) {
			for (int i = 0; i < sum.length; i++) {
				sum[i] += counts[i];
			}
		}
	}

	private static long[] empty(AgentMetric metric) {
		return new long[metric.max() - metric.min() + 1];
	}

	static Comparator<AgentRow> order(@Nullable String sort) {
		Comparator<AgentRow> byName = Comparator.comparing((AgentRow r) -> r.agent().displayName().toLowerCase(Locale.ROOT))
			.thenComparing(r -> r.agent().key());
		String key = sort == null || sort.isBlank() ? "name" : sort.strip().toLowerCase(Locale.ROOT);
		if (key.equals("name")) {
			return byName;
		}
		AgentMetric metric = java.util.Arrays.stream(AgentMetric.values()).filter(m -> m.key().equals(key)).findFirst()
			.orElseThrow(() -> new InvalidFieldException("sort", "must be one of name, csat, nps, ces, detractors"));
		// ranked agents first, by rank, then by their shrunk figure (the better first), then by name
		Comparator<AgentRow> byRank = Comparator.comparing(r -> rankOrMax(r.figures().get(metric)));
		Comparator<AgentRow> byShrunk = Comparator.comparingDouble(r -> {
			Double shrunk = r.figures().get(metric).shrunk();
			return shrunk == null ? 0 : metric.higherIsBetter() ? -shrunk : shrunk;
		});
		return byRank.thenComparing(byShrunk).thenComparing(byName);
	}

	private static int rankOrMax(Scored scored) {
		return scored.rank() == null ? Integer.MAX_VALUE : scored.rank();
	}

	/** The row of one agent of the board. */
	public static java.util.Optional<AgentRow> row(AgentBoard board, UUID agentId) {
		return board.agents().stream().filter(r -> r.agent().id().equals(agentId)).findFirst();
	}
}
