package io.tajriba.metrics.web;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.MetricReport;
import io.tajriba.metrics.MetricRequest;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.domain.Granularity;
import io.tajriba.metrics.domain.Grouping;
import io.tajriba.metrics.internal.DriverMetrics;
import io.tajriba.metrics.internal.InsightMetrics;
import io.tajriba.metrics.internal.ScoreMetrics;
import io.tajriba.metrics.internal.ScoreMetrics.Metric;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * The overview: headline NPS, CSAT and CES with their intervals and change against the period before, the NPS trend,
 * the channel × touchpoint heat map, the drivers of NPS, return on experience, behaviour and emotions. The filters
 * are in the URL, so a view can be shared; every figure leads to the responses behind it.
 */
@Controller
class OverviewPages {

	private final Workspaces workspaces;
	private final ScoreMetrics metrics;
	private final InsightMetrics insights;
	private final DriverMetrics driverMetrics;
	private final SurveyScores scores;
	private final OverviewCharts charts;
	private final ObjectMapper mapper;
	private final Clock clock;
	private final int minimum;

	OverviewPages(Workspaces workspaces, ScoreMetrics metrics, InsightMetrics insights, DriverMetrics driverMetrics,
			SurveyScores scores,
			OverviewCharts charts, ObjectMapper mapper, Clock clock,
			@Value("${tajriba.metrics.minimum-answers:30}") int minimum) {
		this.minimum = minimum;
		this.workspaces = workspaces;
		this.metrics = metrics;
		this.insights = insights;
		this.driverMetrics = driverMetrics;
		this.scores = scores;
		this.charts = charts;
		this.mapper = mapper;
		this.clock = clock;
	}

	@GetMapping("/")
	String overview(MetricForm form, @RequestParam(required = false) @Nullable String heat,
			@RequestParam(required = false) @Nullable String roi, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		MetricRequest request = request(form, workspace, model);
		Map<Metric, MetricReport> headline = new LinkedHashMap<>();
		Map<Metric, Drill> drills = new LinkedHashMap<>();
		for (Metric metric : Metric.HEADLINE) {
			headline.put(metric, metrics.report(workspace, metric, with(request, null, null, null, true)));
			drills.put(metric, drill(metrics.report(workspace, metric,
					with(request, ScoreDimension.SURVEY, ScoreDimension.QUESTION, null, false)), request));
		}
		Granularity period = ChronoUnit.DAYS.between(request.from(), request.to()) > 120 ? Granularity.MONTH
				: Granularity.WEEK;
		MetricReport trend = metrics.report(workspace, Metric.NPS, with(request, null, null, period, false));
		Map<Metric, MetricReport> maps = new LinkedHashMap<>();
		for (Metric metric : Metric.HEADLINE) {
			maps.put(metric, metrics.report(workspace, metric,
					with(request, ScoreDimension.CHANNEL, ScoreDimension.TOUCHPOINT, null, false)));
		}
		// the metric asked for, else the one answered at the most touchpoints (NPS is often asked by e-mail only)
		Metric shown = Metric.HEADLINE.stream().filter(m -> m.name().equalsIgnoreCase(heat)).findFirst()
			.orElseGet(() -> maps.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().groups().size()))
				.orElseThrow().getKey());
		var drivers = major(driverMetrics.drivers(workspace, request.filter().surveyId(), "nps", request.from(),
				request.to(), EnumSet.allOf(DriverMetrics.Signal.class)));
		var emotions = insights.emotions(workspace, request.from(), request.to());
		model.addAttribute("form", form);
		model.addAttribute("request", request);
		model.addAttribute("surveys", scores.surveyNames(workspace.id()));
		model.addAttribute("nps", headline.get(Metric.NPS));
		model.addAttribute("csat", headline.get(Metric.CSAT));
		model.addAttribute("ces", headline.get(Metric.CES));
		model.addAttribute("drills", Map.of("nps", drills.get(Metric.NPS), "csat", drills.get(Metric.CSAT), "ces",
				drills.get(Metric.CES)));
		model.addAttribute("drivers", drivers);
		model.addAttribute("roi", insights.roi(workspace, request.to(),
				"sentiment".equals(roi) ? Grouping.SENTIMENT : Grouping.LOYALTY, LocaleContextHolder.getLocale()));
		model.addAttribute("kpis", insights.kpis(workspace, request));
		model.addAttribute("emotions", emotions);
		model.addAttribute("now", clock.instant());
		model.addAttribute("chartJson", mapper.writeValueAsString(charts.data(trend, maps.get(shown), drivers, emotions,
				drills.get(shown), request)));
		model.addAttribute("heatMetric", shown.name().toLowerCase());
		return "metrics/overview";
	}

	/** The ratings, and the emotions and themes that explain at least 1% of what is explained: a readable chart. */
	private static InsightReports.Drivers major(InsightReports.Drivers all) {
		return new InsightReports.Drivers(all.survey(), all.surveyName(), all.outcome(), all.n(), all.rSquared(),
				all.method(), all.tooFew(), all.drivers().stream()
					.filter(d -> d.kind().equals("rating") || d.importance() >= 1).toList());
	}

	/** Where the answers behind a metric are: its survey and question with the most answers in the period. */
	record Drill(@Nullable String survey, @Nullable String question, MetricRequest request) {

		/** The responses list of these answers; a score range, channel or touchpoint narrows it further. */
		public @Nullable String url(@Nullable Integer min, @Nullable Integer max, @Nullable String channel,
				@Nullable String touchpoint) {
			if (survey == null) {
				return null;
			}
			var filter = request.filter();
			return UriComponentsBuilder.fromPath("/surveys/{survey}/responses").queryParam("question", question)
				.queryParam("from", request.from()).queryParam("to", request.to())
				.queryParamIfPresent("min", java.util.Optional.ofNullable(min))
				.queryParamIfPresent("max", java.util.Optional.ofNullable(max))
				.queryParamIfPresent("channel", java.util.Optional.ofNullable(channel != null ? channel : filter.channel()))
				.queryParamIfPresent("touchpoint",
						java.util.Optional.ofNullable(touchpoint != null ? touchpoint : filter.touchpoint()))
				.queryParamIfPresent("agent", java.util.Optional.ofNullable(filter.agent()))
				.queryParamIfPresent("language", java.util.Optional.ofNullable(filter.language()))
				.encode().buildAndExpand(survey).toUriString();
		}

		public @Nullable String url(@Nullable Integer min, @Nullable Integer max) {
			return url(min, max, null, null);
		}
	}

	private static Drill drill(MetricReport bySurvey, MetricRequest request) {
		return bySurvey.groups().stream().max(Comparator.comparingLong(MetricValue::n))
			.map(v -> new Drill(v.group(), v.subgroup(), request))
			.orElse(new Drill(null, null, request));
	}

	private MetricRequest request(MetricForm form, Workspace workspace, Model model) {
		try {
			return form.request(workspace.timeZone(), clock, minimum);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return new MetricForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
				.request(workspace.timeZone(), clock, minimum);
		}
	}

	static MetricRequest with(MetricRequest r, @Nullable ScoreDimension by, @Nullable ScoreDimension then,
			@Nullable Granularity period, boolean compare) {
		return r.grouped(by, then, period, compare);
	}
}
