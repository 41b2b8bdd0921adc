package io.tajriba.metrics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.metrics.MetricReport;
import io.tajriba.metrics.MetricReport.Change;
import io.tajriba.metrics.MetricRequest;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.domain.ChangeTest;
import io.tajriba.metrics.domain.MeanResult;
import io.tajriba.metrics.domain.Nps;
import io.tajriba.metrics.domain.NpsResult;
import io.tajriba.metrics.domain.Periods;
import io.tajriba.metrics.domain.Proportion;
import io.tajriba.metrics.domain.ScaleCounts;
import io.tajriba.customers.Customers;
import io.tajriba.journeys.JourneyStages;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.personas.Personas;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.surveys.SurveyScores.Count;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * NPS, CSAT and CES over the surveys' answers: overall, against the period before, and per group or period, each
 * figure with its interval and sample size.
 */
@Service
public class ScoreMetrics {

	/** The survey metrics: the questions they read and their scales (repurchase intent reads like CSAT). */
	public enum Metric {
		NPS("nps", 0, 10), CSAT("csat", 1, 5), CES("ces", 1, 7), REPURCHASE("repurchase", 1, 5);

		/** The three of the overview's headline. */
		public static final List<Metric> HEADLINE = List.of(NPS, CSAT, CES);

		final String type;
		final int min;
		final int max;

		Metric(String type, int min, int max) {
			this.type = type;
			this.min = min;
			this.max = max;
		}
	}

	/** The most groups a breakdown by customer attribute shows: its commonest values. */
	static final int MAX_SEGMENTS = 20;

	private final SurveyScores scores;
	private final Personas personas;
	private final Customers customers;
	private final JourneyStages journeys;

	ScoreMetrics(SurveyScores scores, Personas personas, Customers customers, JourneyStages journeys) {
		this.scores = scores;
		this.personas = personas;
		this.customers = customers;
		this.journeys = journeys;
	}

	public MetricReport report(Workspace workspace, Metric metric, MetricRequest request) {
		ZoneId zone = workspace.timeZone();
		Instant start = request.from().atStartOfDay(zone).toInstant();
		Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
		ScoreFilter filter = request.filter().between(start, end);
		if (request.persona() != null) {
			filter = filter.of(personas.members(workspace.id(), request.persona()));
		}
		MetricRequest.Stages breakdown = request.stages();
		// by stage: the answers counted by touchpoint, which the stages are folded from
		List<JourneyStages.Stage> stages = breakdown == null ? List.of() : stages(workspace, breakdown);
		ScoreDimension by = request.period() != null ? ScoreDimension.DAY
				: breakdown != null && !breakdown.second() ? ScoreDimension.TOUCHPOINT : request.by();
		ScoreDimension then = breakdown != null && breakdown.second() ? ScoreDimension.TOUCHPOINT : request.then();
		List<Count> rows = scores.counts(workspace.id(), metric.type, filter, by, then, zone);
		ScaleCounts total = sum(rows, metric);
		MetricValue overall = value(metric, null, null, null, null, total, request.minimum());
		MetricValue previous = null;
		Change change = null;
		if (request.compare()) {
			long days = ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
			Instant before = request.from().minusDays(days).atStartOfDay(zone).toInstant();
			ScaleCounts earlier = sum(scores.counts(workspace.id(), metric.type, filter.between(before, start), null,
					null, zone), metric);
			previous = value(metric, null, null, null, null, earlier, request.minimum());
			change = change(metric, earlier, total);
		}
		List<MetricValue> groups = request.byPersona() ? byPersona(workspace, metric, request, filter)
				: request.byAttribute() != null ? segments(workspace, metric, request, filter,
						customers.byAttribute(workspace.id(), request.byAttribute(), MAX_SEGMENTS))
				: breakdown != null ? byStage(workspace, metric, request, rows, stages, breakdown.second())
				: groups(workspace, metric, request, rows);
		return new MetricReport(metric.name().toLowerCase(), request.from(), request.to(), request.minimum(), overall,
				previous, change, groups);
	}

	/** The stages of the journey map asked for (the workspace's first by default), named in its language. */
	private List<JourneyStages.Stage> stages(Workspace workspace, MetricRequest.Stages breakdown) {
		return journeys.of(workspace.id(), breakdown.journey(), workspace.defaultLocale())
			.orElseThrow(() -> new InvalidFieldException("journey", "no such journey map in this workspace"));
	}

	/** One figure per journey stage (and other group), labelled with the stages' names. */
	private List<MetricValue> byStage(Workspace workspace, Metric metric, MetricRequest request, List<Count> rows,
			List<JourneyStages.Stage> stages, boolean second) {
		Map<String, String> names = new java.util.HashMap<>();
		stages.forEach(stage -> names.put(stage.key(), stage.name()));
		Map<UUID, String> surveys = request.by() == ScoreDimension.SURVEY ? scores.surveyNames(workspace.id()) : Map.of();
		return StageGroups.fold(rows, stages, second, metric.min, metric.max).stream()
			.map(g -> second
					? value(metric, g.group(), g.subgroup(), label(surveys, g.group()), stageName(names, g.subgroup()),
							g.counts(), request.minimum())
					: value(metric, g.group(), g.subgroup(), stageName(names, g.group()), null, g.counts(),
							request.minimum()))
			.toList();
	}

	private static @Nullable String stageName(Map<String, String> names, @Nullable String key) {
		return key == null ? null : names.get(key);
	}

	/** One figure per persona: the answers of the persona's customers. */
	private List<MetricValue> byPersona(Workspace workspace, Metric metric, MetricRequest request, ScoreFilter filter) {
		return personas.list(workspace.id()).stream().map(persona -> segment(workspace, metric, request, filter,
				persona.id().toString(), persona.name(), personas.members(workspace.id(), persona.id()))).toList();
	}

	/** One figure per group of customers, such as the values of a customer attribute. */
	private List<MetricValue> segments(Workspace workspace, Metric metric, MetricRequest request, ScoreFilter filter,
			Map<String, java.util.Set<UUID>> groups) {
		return groups.entrySet().stream().map(g -> segment(workspace, metric, request, filter, g.getKey(), null,
				g.getValue())).toList();
	}

	private MetricValue segment(Workspace workspace, Metric metric, MetricRequest request, ScoreFilter filter,
			String group, @Nullable String label, java.util.Set<UUID> members) {
		ScoreFilter only = filter.of(filter.customers() == null ? members
				: members.stream().filter(filter.customers()::contains).collect(java.util.stream.Collectors.toSet()));
		ScaleCounts counts = sum(scores.counts(workspace.id(), metric.type, only, null, null, workspace.timeZone()),
				metric);
		return value(metric, group, null, label, null, counts, request.minimum());
	}

	private List<MetricValue> groups(Workspace workspace, Metric metric, MetricRequest request, List<Count> rows) {
		if (request.by() == null && request.period() == null) {
			return List.of();
		}
		Periods periods = request.period() == null ? null
				: new Periods(request.period(), workspace.timeZone(), workspace.calendar().id());
		Map<UUID, String> surveys = request.by() == ScoreDimension.SURVEY ? scores.surveyNames(workspace.id()) : Map.of();
		// a day's rows (one per score) share its period: each day is labelled once, calendars are slow to compute
		Map<String, String> labels = new java.util.HashMap<>();
		return ScaleGroups.fold(rows, metric.min, metric.max, group -> periods == null || group == null ? group
				: labels.computeIfAbsent(group, day -> periods.of(LocalDate.parse(day).atStartOfDay(workspace.timeZone())
					.toInstant()).label()))
			.stream()
			.map(g -> value(metric, g.group(), g.subgroup(), label(surveys, g.group()), null, g.counts(),
					request.minimum()))
			.sorted(Comparator.comparing((MetricValue v) -> v.group() == null ? "" : v.group())
				.thenComparing(v -> v.subgroup() == null ? "" : v.subgroup()))
			.toList();
	}

	private static @Nullable String label(Map<UUID, String> surveys, @Nullable String group) {
		if (group == null || surveys.isEmpty()) {
			return null;
		}
		try {
			return surveys.get(UUID.fromString(group));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static ScaleCounts sum(List<Count> rows, Metric metric) {
		long[] counts = new long[metric.max - metric.min + 1];
		rows.stream().filter(r -> r.score() >= metric.min && r.score() <= metric.max)
			.forEach(r -> counts[r.score() - metric.min] += r.count());
		return new ScaleCounts(metric.min, metric.max, java.util.Arrays.stream(counts).boxed().toList());
	}

	static MetricValue value(Metric metric, @Nullable String group, @Nullable String subgroup, @Nullable String label,
			@Nullable String subgroupLabel, ScaleCounts counts, int minimum) {
		boolean tooFew = counts.n() < minimum;
		return switch (metric) {
			case NPS -> {
				NpsResult nps = Nps.of(counts, minimum);
				yield new MetricValue(group, subgroup, label, subgroupLabel, nps.n(), round(nps.value()),
						new double[] { round(nps.ciLow()), round(nps.ciHigh()) }, nps.tooFew(), nps.promoters(),
						nps.passives(), nps.detractors(), null, null);
			}
			case CSAT, REPURCHASE -> {
				Proportion top = counts.topTwoBox();
				MeanResult mean = counts.mean();
				yield new MetricValue(group, subgroup, label, subgroupLabel, counts.n(), round(top.percent()),
						new double[] { round(top.ciLow() * 100), round(top.ciHigh() * 100) }, tooFew, null, null, null,
						round(mean.mean()), new double[] { round(mean.ciLow()), round(mean.ciHigh()) });
			}
			case CES -> {
				MeanResult mean = counts.mean();
				yield new MetricValue(group, subgroup, label, subgroupLabel, counts.n(), round(mean.mean()),
						new double[] { round(mean.ciLow()), round(mean.ciHigh()) }, tooFew, null, null, null, null, null);
			}
		};
	}

	static Change change(Metric metric, ScaleCounts before, ScaleCounts after) {
		ChangeTest test = switch (metric) {
			case NPS -> Nps.change(Nps.of(before, 1), Nps.of(after, 1));
			case CSAT, REPURCHASE -> {
				ChangeTest share = Proportion.change(before.topTwoBox(), after.topTwoBox());
				yield new ChangeTest(share.difference() * 100, share.z(), share.pValue(), share.significant());
			}
			case CES -> MeanResult.change(before.mean(), after.mean());
		};
		return new Change(round(test.difference()), Double.isInfinite(test.z()) ? null : round(test.z()), test.pValue(),
				test.significant());
	}

	private static double round(double value) {
		return Double.isInfinite(value) ? value : Math.round(value * 100) / 100.0;
	}
}
