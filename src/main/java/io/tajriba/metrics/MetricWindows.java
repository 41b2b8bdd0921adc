package io.tajriba.metrics;

import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.metrics.internal.ScopeWindows;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A metric of one scope over a rolling window of days and over the window just before, with the test of the
 * change: what metric alert rules read. Scopes: all, survey (id), channel, touchpoint, agent, persona (id) and
 * stage (key of a stage of the workspace's first journey map: the answers at its touchpoints).
 */
@Service
public class MetricWindows {

	/** The window's figure, the previous window's, and whether the metric moved between them. */
	public record Window(LocalDate from, LocalDate to, MetricValue current, MetricValue previous,
			MetricReport.Change change) {
	}

	private final ScopeWindows windows;

	MetricWindows(ScopeWindows windows) {
		this.windows = windows;
	}

	/**
	 * The last {@code days} days up to {@code to} (in the workspace's zone) against the {@code days} before.
	 *
	 * @param metric nps, csat or ces
	 */
	public Window window(UUID workspaceId, String metric, String scope, @Nullable String value, int days,
			LocalDate to, int minimum) {
		return windows.window(workspaceId, metric, scope, value, days, to, minimum);
	}
}
