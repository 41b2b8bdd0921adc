package io.tajriba.actions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.domain.InitiativeMetric;
import io.tajriba.actions.domain.Moments;
import io.tajriba.actions.domain.UnitAnswers;
import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.personas.Persona;
import io.tajriba.personas.Personas;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The answers of a metric per unit and week, read from the surveys' counts by score: touchpoints, channels and
 * agents as the answers name them, a journey stage as the answers at its touchpoints (on the workspace's first
 * map; a touchpoint in two stages counts in each, as the metrics do), a persona as its customers' answers.
 */
@Service
public class UnitAnswersReader {

	/** A period of whole days, cut into weeks from its first day. */
	public record Period(LocalDate from, LocalDate to) {

		public int weeks() {
			return from.isAfter(to) ? 0 : (int) (ChronoUnit.DAYS.between(from, to) / 7 + 1);
		}
	}

	private final SurveyScores scores;
	private final JourneyStages stages;
	private final Personas personas;

	UnitAnswersReader(SurveyScores scores, JourneyStages stages, Personas personas) {
		this.scores = scores;
		this.stages = stages;
		this.personas = personas;
	}

	/** Each unit's answers before (the baseline) and after (from the launch to {@code afterTo}). */
	List<UnitAnswers> answers(Workspace workspace, Measurement m, Collection<String> units, LocalDate afterTo) {
		Period before = new Period(m.baselineFrom(), m.baselineTo());
		Period after = new Period(m.launchOn(), afterTo);
		Map<String, List<Moments>> b = weekly(workspace, m.metric(), m.survey(), m.unitKind(), units, before);
		Map<String, List<Moments>> a = weekly(workspace, m.metric(), m.survey(), m.unitKind(), units, after);
		return units.stream().map(u -> new UnitAnswers(u, b.get(u), a.get(u))).toList();
	}

	/** Every unit of the kind with an answer in the period, with its weekly answers. */
	public Map<String, List<Moments>> all(Workspace workspace, InitiativeMetric metric, @Nullable UUID survey, UnitKind kind,
			Period period) {
		return weekly(workspace, metric, survey, kind, null, period);
	}

	/** The named units' weekly answers (every unit seen when {@code units} is null); a unit without any has zeros. */
	Map<String, List<Moments>> weekly(Workspace workspace, InitiativeMetric metric, @Nullable UUID survey,
			UnitKind kind, @Nullable Collection<String> units, Period period) {
		Map<String, Moments[]> weeks = new LinkedHashMap<>();
		if (units != null) {
			units.forEach(u -> weeks.put(u, empty(period)));
		}
		ZoneId zone = workspace.timeZone();
		Instant from = period.from().atStartOfDay(zone).toInstant();
		Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
		ScoreFilter filter = new ScoreFilter(survey, null, from, to, null, null, null, null);
		if (period.weeks() == 0) {
			return finish(weeks);
		}
		if (kind == UnitKind.PERSONA) {
			for (Persona persona : personas.list(workspace.id())) {
				String unit = persona.id().toString();
				if (units == null || units.contains(unit)) {
					add(weeks, period, scores.counts(workspace.id(), metric.key(),
							filter.of(personas.members(workspace.id(), persona.id())), ScoreDimension.DAY, null, zone),
							metric, c -> List.of(unit), true);
				}
			}
			return finish(weeks);
		}
		Map<String, List<String>> stageOf = kind == UnitKind.STAGE ? stagesByTouchpoint(workspace.id()) : Map.of();
		ScoreDimension by = switch (kind) {
			case CHANNEL -> ScoreDimension.CHANNEL;
			case AGENT -> ScoreDimension.AGENT;
			default -> ScoreDimension.TOUCHPOINT;
		};
		add(weeks, period, scores.counts(workspace.id(), metric.key(), filter, by, ScoreDimension.DAY, zone), metric,
				c -> c.group() == null ? List.of()
						: kind == UnitKind.STAGE ? stageOf.getOrDefault(c.group(), List.of()) : List.of(c.group()),
				false);
		if (units != null) {
			weeks.keySet().retainAll(units);
		}
		return finish(weeks);
	}

	private Map<String, List<String>> stagesByTouchpoint(UUID workspaceId) {
		Map<String, List<String>> stageOf = new HashMap<>();
		stages.of(workspaceId, null, null).orElse(List.of()).forEach(s -> s.touchpoints()
			.forEach(t -> stageOf.computeIfAbsent(t, k -> new ArrayList<>()).add(s.key())));
		return stageOf;
	}

	private static void add(Map<String, Moments[]> weeks, Period period, List<SurveyScores.Count> counts,
			InitiativeMetric metric, java.util.function.Function<SurveyScores.Count, List<String>> unitsOf,
			boolean dayIsGroup) {
		for (SurveyScores.Count c : counts) {
			String day = dayIsGroup ? c.group() : c.subgroup();
			if (day == null) {
				continue;
			}
			int week = (int) (ChronoUnit.DAYS.between(period.from(), LocalDate.parse(day)) / 7);
			if (week < 0 || week >= period.weeks()) {
				continue;
			}
			Moments answers = Moments.of(metric.value(c.score(), c.scaleMin(), c.scaleMax()), c.count());
			for (String unit : unitsOf.apply(c)) {
				Moments[] series = weeks.computeIfAbsent(unit, u -> empty(period));
				series[week] = series[week].plus(answers);
			}
		}
	}

	private static Moments[] empty(Period period) {
		Moments[] series = new Moments[period.weeks()];
		java.util.Arrays.fill(series, Moments.EMPTY);
		return series;
	}

	private static Map<String, List<Moments>> finish(Map<String, Moments[]> weeks) {
		Map<String, List<Moments>> lists = new LinkedHashMap<>();
		weeks.forEach((unit, series) -> lists.put(unit, List.of(series)));
		return Collections.unmodifiableMap(lists);
	}
}
