package io.tajriba.metrics.web;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.metrics.MetricReport;
import io.tajriba.metrics.internal.ScoreMetrics;
import io.tajriba.metrics.internal.ScoreMetrics.Metric;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Metrics")
@RestController
@RequestMapping("/api/v1/metrics")
class MetricsApi {

	static final String PARAMETERS = " Parameters: survey (id), question (key), from and to (days in the workspace's "
			+ "zone, both included; the last 90 days by default), groupBy (survey, question, channel, touchpoint, agent, "
			+ "language, or day, week, month, quarter in the workspace's calendar), then (a second dimension, e.g. "
			+ "groupBy=channel&then=touchpoint), channel, touchpoint, agent, language, compare (with the period before, "
			+ "true by default), minimum (answers below which a figure is marked tooFew, 30 by default).";

	private final Workspaces workspaces;
	private final ScoreMetrics metrics;
	private final Clock clock;

	MetricsApi(Workspaces workspaces, ScoreMetrics metrics, Clock clock) {
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

	private MetricReport report(Metric metric, MetricForm form) {
		Workspace workspace = workspaces.currentWorkspace();
		return metrics.report(workspace, metric, form.request(workspace.timeZone(), clock));
	}
}
