package io.tajriba.metrics.web;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.metrics.InsightReports;
import io.tajriba.metrics.domain.Grouping;
import io.tajriba.metrics.MetricReport;
import io.tajriba.metrics.MetricRequest;
import io.tajriba.metrics.internal.DriverMetrics;
import io.tajriba.metrics.internal.InsightMetrics;
import io.tajriba.metrics.internal.ScoreMetrics;
import io.tajriba.metrics.internal.ScoreMetrics.Metric;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Metrics")
@RestController
@RequestMapping("/api/v1/metrics")
class MetricsApi {

	static final String PARAMETERS = " Parameters: survey (id), question (key), from and to (days in the workspace's "
			+ "zone, both included; the last 90 days by default), groupBy (survey, question, channel, touchpoint, agent, "
			+ "language, stage, persona, attribute.NAME, or day, week, month, quarter in the workspace's calendar), then "
			+ "(a second dimension, e.g. groupBy=channel&then=touchpoint or groupBy=channel&then=stage), channel, "
			+ "touchpoint, agent, language, persona (id), compare (with the period before, true by default), minimum "
			+ "(answers below which a figure is marked tooFew; tajriba.metrics.minimum-answers, 30 unless set), journey "
			+ "(id of the journey map that stage refers to; the first of GET /api/v1/journeys by default; unknown in "
			+ "this workspace: 422 naming journey). By stage, an answer counts in every stage of the map that lists its "
			+ "touchpoint: a touchpoint listed in several stages counts in each (so the stages' n may add up to more "
			+ "than the overall n), and answers at no touchpoint or at one no stage lists form the unassigned group, "
			+ "whose group is null, last. The stage groups come in the map's order, each with its key as group (or "
			+ "subgroup after then=stage) and its name in the workspace's language as label (or subgroupLabel).";

	private final Workspaces workspaces;
	private final ScoreMetrics metrics;
	private final Clock clock;
	private final int minimum;
	private final InsightMetrics insights;
	private final DriverMetrics drivers;

	MetricsApi(Workspaces workspaces, ScoreMetrics metrics, Clock clock, InsightMetrics insights, DriverMetrics drivers,
			@Value("${tajriba.metrics.minimum-answers:30}") int minimum) {
		this.minimum = minimum;
		this.drivers = drivers;
		this.insights = insights;
		this.workspaces = workspaces;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Operation(summary = "Net Promoter Score: promoters (9-10) minus detractors (0-6) in points, with its 95% interval "
			+ "(from the variance of the difference), overall, per group, and against the period before (z-test)."
			+ PARAMETERS)
	@GetMapping("/nps")
	MetricReport nps(MetricForm form) {
		return report(Metric.NPS, form);
	}

	@Operation(summary = "Customer satisfaction: the share of 4 and 5 answers on 1-5 in percent with its Wilson "
			+ "interval, and the mean with its t interval." + PARAMETERS)
	@GetMapping("/csat")
	MetricReport csat(MetricForm form) {
		return report(Metric.CSAT, form);
	}

	@Operation(summary = "Customer effort: the mean on 1 (very difficult) to 7 (very easy) with its t interval."
			+ PARAMETERS)
	@GetMapping("/ces")
	MetricReport ces(MetricForm form) {
		return report(Metric.CES, form);
	}

	@Operation(summary = "Repurchase intent: the share of 4 and 5 answers to 'would you buy again' (1-5) in percent "
			+ "with its Wilson interval, and the mean." + PARAMETERS)
	@GetMapping("/repurchase")
	MetricReport repurchase(MetricForm form) {
		return report(Metric.REPURCHASE, form);
	}

	@Operation(summary = "Key drivers: which scale questions of a survey explain its NPS (or another outcome "
			+ "question) most, as Shapley shares of the R² of a linear regression (Johnson's relative weights beyond 12 "
			+ "drivers), with each driver's performance and quadrant (fix_first: important and weak). Parameters: survey "
			+ "(the one with most NPS answers by default), outcome (question key, nps by default), from, to, include "
			+ "(emotions, themes or both, comma-separated: the emotions picked and the themes of the written answers "
			+ "as drivers too, each present or not in a response; the commonest 8 of each kind present in at least 2% "
			+ "of the responses). Over the latest 5,000 responses of the period at most.")
	@GetMapping("/drivers")
	InsightReports.Drivers drivers(MetricForm form, @RequestParam(defaultValue = "nps") String outcome,
			@RequestParam(defaultValue = "") String include) {
		Workspace workspace = workspaces.currentWorkspace();
		MetricRequest request = form.request(workspace.timeZone(), clock, minimum);
		Set<DriverMetrics.Signal> signals = EnumSet.noneOf(DriverMetrics.Signal.class);
		for (String signal : include.split(",")) {
			switch (signal.strip()) {
				case "" -> { }
				case "emotions" -> signals.add(DriverMetrics.Signal.EMOTIONS);
				case "themes" -> signals.add(DriverMetrics.Signal.THEMES);
				default -> throw new InvalidFieldException("include", "may list emotions and themes only");
			}
		}
		return drivers.drivers(workspace, request.filter().surveyId(), outcome, request.from(), request.to(), signals);
	}

	@Operation(summary = "Return on experience: customers, revenue per customer, repurchase, churn and retention of "
			+ "promoters, passives and detractors (by each customer's latest NPS answer up to 'to'), or with "
			+ "by=sentiment of customers whose latest text (answer, review, transcript) was positive, neutral or "
			+ "negative; and the revenue at stake if the bottom group behaved like the middle one, with its assumptions (in English).")
	@GetMapping("/roi")
	InsightReports.Roi roi(MetricForm form, @RequestParam(defaultValue = "loyalty") String by) {
		Workspace workspace = workspaces.currentWorkspace();
		Grouping grouping = switch (by) {
			case "loyalty" -> Grouping.LOYALTY;
			case "sentiment" -> Grouping.SENTIMENT;
			default -> throw new InvalidFieldException("by", "must be loyalty or sentiment");
		};
		return insights.roi(workspace, form.request(workspace.timeZone(), clock, minimum).to(), grouping,
				Locale.ENGLISH);
	}

	@Operation(summary = "Behavioural KPIs of a period from the interactions: visits, bounce and conversion rates, "
			+ "average time on site, shares, purchases, revenue, average order value, repeat-purchase rate (of the "
			+ "period's buyers, those who bought twice in it) and the churn rate (of the customers the period began "
			+ "with, those lost in it). Parameters: from, to; persona narrows repeat purchase and churn to its "
			+ "customers, channel and touchpoint narrow repeat purchase to the purchases made there.")
	@GetMapping("/kpis")
	InsightReports.Kpis kpis(MetricForm form) {
		Workspace workspace = workspaces.currentWorkspace();
		MetricRequest request = form.request(workspace.timeZone(), clock, minimum);
		return insights.kpis(workspace, request);
	}

	@Operation(summary = "The emotions respondents picked, each as a share of the responses with an emotion answer. "
			+ "Parameters: from, to.")
	@GetMapping("/emotions")
	InsightReports.Emotions emotions(MetricForm form) {
		Workspace workspace = workspaces.currentWorkspace();
		MetricRequest request = form.request(workspace.timeZone(), clock, minimum);
		return insights.emotions(workspace, request.from(), request.to());
	}

	private MetricReport report(Metric metric, MetricForm form) {
		Workspace workspace = workspaces.currentWorkspace();
		return metrics.report(workspace, metric, form.request(workspace.timeZone(), clock, minimum));
	}
}
