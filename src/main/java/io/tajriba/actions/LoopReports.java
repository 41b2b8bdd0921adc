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
}
