package io.tajriba.metrics.web;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tajriba.metrics.HomeFeed;
import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.MetricReport;
import io.tajriba.metrics.MetricRequest;
import io.tajriba.metrics.MetricValue;
import io.tajriba.metrics.OverviewView;
import io.tajriba.metrics.domain.Granularity;
import io.tajriba.metrics.domain.Grouping;
import io.tajriba.metrics.internal.DriverMetrics;
import io.tajriba.metrics.internal.InsightMetrics;
import io.tajriba.metrics.internal.ScoreMetrics;
import io.tajriba.metrics.internal.SideReads;
import io.tajriba.metrics.internal.ScoreMetrics.Metric;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * The overview's model: headline NPS, CSAT and CES with their intervals and change against the period before, the
 * NPS trend, the channel × touchpoint heat map, the drivers of NPS, return on experience, behaviour and emotions.
 * The overview page shows it with its drill-down links and the week's feed ({@link HomeFeed}, when a module
 * provides one); a shared view ({@link OverviewView}) without either.
 */
@Component
class OverviewModel implements OverviewView {

	/** Lines of the week's feed at the top of the overview page (a shared view has none). */
	static final int FEED_ITEMS = 8;

	private final ScoreMetrics metrics;
	private final InsightMetrics insights;
	private final DriverMetrics driverMetrics;
	private final SurveyScores scores;
	private final OverviewCharts charts;
	private final ObjectMapper mapper;
	private final Clock clock;
	private final ObjectProvider<HomeFeed> feed;
	private final int minimum;

	OverviewModel(ScoreMetrics metrics, InsightMetrics insights, DriverMetrics driverMetrics,
			SurveyScores scores,
			OverviewCharts charts, ObjectMapper mapper, Clock clock, ObjectProvider<HomeFeed> feed,
			@Value("${tajriba.metrics.minimum-answers:30}") int minimum) {
		this.feed = feed;
		this.minimum = minimum;
		this.metrics = metrics;
		this.insights = insights;
		this.driverMetrics = driverMetrics;
		this.scores = scores;
		this.charts = charts;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	public Map<String, Object> model(Workspace workspace, Filters filters, Locale locale) {
		MetricRequest request = form(filters).request(workspace.timeZone(), clock, minimum);
		return model(workspace, form(filters), request, null, null, locale, false);
	}

	@Override
	public void check(Workspace workspace, Filters filters) {
		form(filters).request(workspace.timeZone(), clock, minimum);
	}

	private static MetricForm form(Filters f) {
		return new MetricForm(f.survey() == null ? null : f.survey().toString(), null,
				f.from() == null ? null : f.from().toString(), f.to() == null ? null : f.to().toString(), null, null,
				f.channel(), f.touchpoint(), f.agent(), f.language(), null, null, null, null);
	}

	/** The overview page's model: the filters in the URL, a wrong one named in the model and left out. */
	Map<String, Object> page(Workspace workspace, MetricForm form, @Nullable String heat, @Nullable String roi,
			Locale locale) {
		Map<String, Object> errors = new LinkedHashMap<>();
		MetricRequest request = request(form, workspace, errors);
		Map<String, Object> model = model(workspace, form, request, heat, roi, locale, true);
		model.putAll(errors);
		HomeFeed week = feed.getIfAvailable();
		if (week != null) {
			model.put("feed", week.thisWeek(workspace.id(), locale, clock.instant(), FEED_ITEMS));
		}
		return model;
	}

	private Map<String, Object> model(Workspace workspace, MetricForm form, MetricRequest request,
			@Nullable String heat, @Nullable String roi, Locale locale, boolean links) {
		// the drivers, the KPIs and the return on experience are read on connections of their own while the score
		// figures are read here: the page waits for the slowest part, not for the sum of them
		try (var reads = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<InsightReports.Drivers> drivers = reads.submit(() -> major(driverMetrics.drivers(workspace,
					request.filter().surveyId(), "nps", request.from(), request.to(),
					EnumSet.allOf(DriverMetrics.Signal.class))));
			Future<InsightReports.Kpis> kpis = reads.submit(() -> insights.kpis(workspace, request));
			Future<InsightReports.Roi> returns = reads.submit(() -> insights.roi(workspace, request.to(),
					"sentiment".equals(roi) ? Grouping.SENTIMENT : Grouping.LOYALTY, locale));
			return model(workspace, form, request, heat, links, new Parts(drivers, kpis, returns));
		}
	}

	/** The parts of the model read alongside the score figures. */
	private record Parts(Future<InsightReports.Drivers> drivers, Future<InsightReports.Kpis> kpis,
			Future<InsightReports.Roi> roi) {
	}

	private Map<String, Object> model(Workspace workspace, MetricForm form, MetricRequest request,
			@Nullable String heat, boolean links, Parts parts) {
		Map<String, Object> model = new LinkedHashMap<>();
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
		var emotions = insights.emotions(workspace, request.from(), request.to());
		model.put("form", form);
		model.put("request", request);
		model.put("surveys", scores.surveyNames(workspace.id()));
		model.put("nps", headline.get(Metric.NPS));
		model.put("csat", headline.get(Metric.CSAT));
		model.put("ces", headline.get(Metric.CES));
		model.put("drills", Map.of("nps", drills.get(Metric.NPS), "csat", drills.get(Metric.CSAT), "ces",
				drills.get(Metric.CES)));
		var drivers = SideReads.join(parts.drivers(), "the drivers");
		model.put("drivers", drivers);
		model.put("roi", SideReads.join(parts.roi(), "the return on experience"));
		model.put("kpis", SideReads.join(parts.kpis(), "the KPIs"));
		model.put("emotions", emotions);
		model.put("now", clock.instant());
		model.put("chartJson", mapper.writeValueAsString(charts.data(trend, maps.get(shown), drivers, emotions,
				drills.get(shown), request, links)));
		model.put("heatMetric", shown.name().toLowerCase());
		return model;
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

	private MetricRequest request(MetricForm form, Workspace workspace, Map<String, Object> model) {
		try {
			return form.request(workspace.timeZone(), clock, minimum);
		}
		catch (InvalidFieldException e) {
			model.put("errorField", e.field());
			model.put("errorMessage", e.getMessage());
			return new MetricForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
				.request(workspace.timeZone(), clock, minimum);
		}
	}

	static MetricRequest with(MetricRequest r, @Nullable ScoreDimension by, @Nullable ScoreDimension then,
			@Nullable Granularity period, boolean compare) {
		return r.grouped(by, then, period, compare);
	}
}
