package io.tajriba.actions;

import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.actions.internal.Figures;
import org.springframework.stereotype.Service;

/** The closed loop's figures over a period, for other modules' reports (the loop page shows the same). */
@Service
public class LoopReports {

	private final Figures figures;

	LoopReports(Figures figures) {
		this.figures = figures;
	}

	/** The figures of the days {@code from} to {@code to} in the workspace's zone, both included. */
	public LoopFigures figures(UUID workspaceId, LocalDate from, LocalDate to) {
		return figures.figures(workspaceId, from, to);
	}

	/**
	 * Of the detractors' cases (NPS 0 to 6 among their evidence) opened on these days whose outcome is known, the
	 * share handled within their service levels (first response and resolution), with n and a 95% interval.
	 */
	public io.tajriba.metrics.InsightReports.Rate detractorsWithinSla(UUID workspaceId, LocalDate from, LocalDate to) {
		return figures.detractorsWithinSla(workspaceId, from, to);
	}
}
