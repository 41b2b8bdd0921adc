package io.tajriba.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tajriba.metrics.InsightReports.Rate;
import org.jspecify.annotations.Nullable;

/**
 * How the closed loop performs over a period (days in the workspace's zone, both included): cases opened and
 * closed per week, median business hours to the first response and to the resolution, the share of cases within
 * their service levels per owner and per team, the recovery rate of re-surveyed customers and the top root
 * causes. Every share with its n and 95% Wilson interval.
 */
public record LoopFigures(LocalDate from, LocalDate to, long opened, long closed, List<Week> weeks,
		Median firstResponseHours, Median resolutionHours, Rate withinSla, List<Sla> byOwner, List<Sla> byTeam,
		Rate recovery, List<Cause> rootCauses) {

	/** A week (starting Monday) with the cases opened and closed in it. */
	public record Week(LocalDate week, long opened, long closed) {
	}

	/** A median in business hours, over n cases (none when n is 0). */
	public record Median(long n, @Nullable Double hours) {
	}

	/**
	 * Within service levels: of the cases whose outcome is known (resolved, or still open past a target), those
	 * that got their first response and their resolution in time.
	 */
	public record Sla(@Nullable UUID id, @Nullable String name, Rate within) {
	}

	public record Cause(String rootCause, Rate share) {
	}
}
