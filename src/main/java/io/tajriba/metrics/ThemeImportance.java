package io.tajriba.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.tajriba.metrics.internal.DriverMetrics;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.stereotype.Service;

/**
 * How much each driver and text theme explains the NPS of the workspace's busiest survey over the last 365 days,
 * for other modules that weigh what to fix (the idea box's evidence): the drivers view's importance, the share of
 * R² in percent, keyed by the question's key and, for a theme, by its name. Empty when the sample is too small.
 */
@Service
public class ThemeImportance {

	static final int DAYS = 365;

	private final DriverMetrics drivers;
	private final Workspaces workspaces;
	private final Clock clock;

	ThemeImportance(DriverMetrics drivers, Workspaces workspaces, Clock clock) {
		this.drivers = drivers;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** Importance in percent of R² by driver key and theme name. */
	public Map<String, Double> of(UUID workspaceId) {
		Workspace workspace = workspaces.workspace(workspaceId);
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		InsightReports.Drivers report = drivers.drivers(workspace, null, "nps", today.minusDays(DAYS - 1), today,
				EnumSet.of(DriverMetrics.Signal.THEMES));
		Map<String, Double> importance = new HashMap<>();
		if (report.tooFew()) {
			return importance;
		}
		for (InsightReports.Driver d : report.drivers()) {
			importance.put(d.key().startsWith("theme:") ? d.key().substring("theme:".length()) : d.key(),
					d.importance());
		}
		return importance;
	}
}
