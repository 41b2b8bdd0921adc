package io.tajriba.metrics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.tajriba.journeys.JourneyStages;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.MetricWindows.Window;
import io.tajriba.metrics.domain.ScaleCounts;
import io.tajriba.metrics.internal.ScoreMetrics.Metric;
import io.tajriba.personas.Personas;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.surveys.SurveyScores.Count;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** A scope's metric over two consecutive windows of days, from the same counts and tests as the reports. */
@Service
public class ScopeWindows {

	private final SurveyScores scores;
	private final Personas personas;
	private final JourneyStages journeys;
	private final Workspaces workspaces;

	ScopeWindows(SurveyScores scores, Personas personas, JourneyStages journeys, Workspaces workspaces) {
		this.scores = scores;
		this.personas = personas;
		this.journeys = journeys;
		this.workspaces = workspaces;
	}

	public Window window(UUID workspaceId, String metricName, String scope, @Nullable String value, int days,
			LocalDate to, int minimum) {
		Metric metric = Metric.valueOf(metricName.toUpperCase(Locale.ROOT));
		Workspace workspace = workspaces.workspace(workspaceId);
		ZoneId zone = workspace.timeZone();
		LocalDate from = to.minusDays(days - 1L);
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Instant before = from.minusDays(days).atStartOfDay(zone).toInstant();
		ScoreFilter filter = filter(workspaceId, scope, value);
		Set<String> stage = scope.equals("stage") ? touchpoints(workspaceId, value) : null;
		ScaleCounts current = counts(workspace, metric, filter.between(start, end), stage);
		ScaleCounts previous = counts(workspace, metric, filter.between(before, start), stage);
		MetricValue now = ScoreMetrics.value(metric, null, null, null, null, current, minimum);
		MetricValue then = ScoreMetrics.value(metric, null, null, null, null, previous, minimum);
		return new Window(from, to, now, then, ScoreMetrics.change(metric, previous, current));
	}

	private ScaleCounts counts(Workspace workspace, Metric metric, ScoreFilter filter, @Nullable Set<String> stage) {
		List<Count> rows = scores.counts(workspace.id(), metric.type, filter,
				stage == null ? null : ScoreDimension.TOUCHPOINT, null, workspace.timeZone());
		return ScoreMetrics.sum(stage == null ? rows
				: rows.stream().filter(r -> r.group() != null && stage.contains(r.group())).toList(), metric);
	}

	private ScoreFilter filter(UUID workspaceId, String scope, @Nullable String value) {
		ScoreFilter all = ScoreFilter.all();
		return switch (scope) {
			case "survey" -> new ScoreFilter(uuid(value), null, null, null, null, null, null, null);
			case "channel" -> new ScoreFilter(null, null, null, null, value, null, null, null);
			case "touchpoint" -> new ScoreFilter(null, null, null, null, null, value, null, null);
			case "agent" -> new ScoreFilter(null, null, null, null, null, null, value, null);
			case "persona" -> all.of(personas.members(workspaceId, uuid(value)));
			default -> all;
		};
	}

	private Set<String> touchpoints(UUID workspaceId, @Nullable String key) {
		return journeys.of(workspaceId, null, "en").orElse(List.of()).stream().filter(s -> s.key().equals(key))
			.findFirst().map(s -> Set.copyOf(s.touchpoints()))
			.orElseThrow(() -> new InvalidFieldException("metric.value", "is no stage of the first journey map"));
	}

	private static UUID uuid(@Nullable String value) {
		try {
			return UUID.fromString(value == null ? "" : value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("metric.value", "must be an id");
		}
	}
}
