package io.tajriba.employees.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.employees.EmployeeTeam;
import io.tajriba.employees.domain.TeamCorrelation;
import io.tajriba.employees.domain.TeamFigure;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.AgentQuality;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Employees and customers together, per employee team: the team's released eNPS beside the CSAT of the survey
 * answers recorded for the team's agents (employees.agent, the agent key answers carry) and their quality score from
 * the random reviews; over the teams, Pearson's r of eNPS with each. A hidden team shows nothing and counts in no r.
 */
@Service
public class TeamsTogether {

	/** A team's row: hidden, or its eNPS with its customers' CSAT and its agents' QA (n 0 when none). */
	public record Row(String team, String department, boolean hidden, @Nullable TeamFigure enps, TeamFigure csat,
			TeamFigure qa) {
	}

	public record Together(LocalDate from, LocalDate to, List<Row> teams, TeamCorrelation csat, TeamCorrelation qa) {
	}

	static final int DEFAULT_DAYS = 90;

	private final TeamEnpsSource enps;
	private final EmployeeStore directory;
	private final SurveyScores scores;
	private final AgentQuality quality;

	private final Clock clock;

	TeamsTogether(TeamEnpsSource enps, EmployeeStore directory, SurveyScores scores, AgentQuality quality,
			Clock clock) {
		this.clock = clock;
		this.enps = enps;
		this.directory = directory;
		this.scores = scores;
		this.quality = quality;
	}

	/** The days of a period as given (ISO dates; blank: the last 90 days up to today in the zone). */
	public LocalDate[] period(ZoneId zone, @Nullable String from, @Nullable String to) {
		LocalDate parsedTo = Dates.parseDate("to", to);
		LocalDate last = parsedTo == null ? LocalDate.now(clock.withZone(zone)) : parsedTo;
		LocalDate parsedFrom = Dates.parseDate("from", from);
		LocalDate first = parsedFrom == null ? last.minusDays(DEFAULT_DAYS - 1) : parsedFrom;
		if (first.isAfter(last)) {
			throw new InvalidFieldException("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(first, last) > 3660) {
			throw new InvalidFieldException("from", "a period spans at most ten years");
		}
		return new LocalDate[] { first, last };
	}

	public Together of(Workspace workspace, LocalDate from, LocalDate to) {
		ZoneId zone = workspace.timeZone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Map<String, TeamEnps> released = new HashMap<>();
		enps.released(workspace.id(), from, to).forEach(t -> released.put(t.team(), t));
		Map<String, List<String>> agents = new HashMap<>();
		directory.teamOfAgents(workspace.id())
			.forEach((agent, team) -> agents.computeIfAbsent(team, t -> new ArrayList<>()).add(agent));
		Map<String, long[]> csatByAgent = csat(workspace, start, end);
		Map<String, List<Double>> qaByAgent = quality.randomReviewScores(workspace.id(), start, end);
		List<Row> rows = new ArrayList<>();
		List<TeamCorrelation.Pair> withCsat = new ArrayList<>();
		List<TeamCorrelation.Pair> withQa = new ArrayList<>();
		List<EmployeeTeam> teams = directory.teams(workspace.id()).stream()
			.sorted(Comparator.comparing(EmployeeTeam::department).thenComparing(EmployeeTeam::name))
			.toList();
		for (EmployeeTeam team : teams) {
			TeamEnps e = released.get(team.name());
			if (e == null) {
				rows.add(new Row(team.name(), team.department(), true, null, TeamFigure.NONE, TeamFigure.NONE));
				continue;
			}
			long satisfied = 0;
			long answered = 0;
			List<Double> reviews = new ArrayList<>();
			for (String agent : agents.getOrDefault(team.name(), List.of())) {
				long[] c = csatByAgent.getOrDefault(agent, new long[2]);
				satisfied += c[0];
				answered += c[1];
				reviews.addAll(qaByAgent.getOrDefault(agent, List.of()));
			}
			TeamFigure csat = TeamFigure.share(satisfied, answered);
			TeamFigure qa = TeamFigure.mean(reviews);
			rows.add(new Row(team.name(), team.department(), false,
					new TeamFigure(e.value(), e.low(), e.high(), e.n()), csat, qa));
			if (csat.value() != null) {
				withCsat.add(new TeamCorrelation.Pair(e.value(), csat.value()));
			}
			if (qa.value() != null) {
				withQa.add(new TeamCorrelation.Pair(e.value(), qa.value()));
			}
		}
		return new Together(from, to, List.copyOf(rows), TeamCorrelation.of(withCsat), TeamCorrelation.of(withQa));
	}

	/** Per agent key: the CSAT answers of 4 or 5 (of 1 to 5), and all of them. */
	private Map<String, long[]> csat(Workspace workspace, Instant start, Instant end) {
		Map<String, long[]> byAgent = new HashMap<>();
		for (SurveyScores.Count c : scores.counts(workspace.id(), "csat", ScoreFilter.all().between(start, end),
				ScoreDimension.AGENT, null, workspace.timeZone())) {
			if (c.group() != null && c.scaleMin() == 1 && c.scaleMax() == 5 && c.score() >= 1 && c.score() <= 5) {
				long[] counts = byAgent.computeIfAbsent(c.group(), g -> new long[2]);
				counts[0] += c.score() >= 4 ? c.count() : 0;
				counts[1] += c.count();
			}
		}
		return byAgent;
	}
}
