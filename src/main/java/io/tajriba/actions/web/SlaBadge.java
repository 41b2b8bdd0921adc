package io.tajriba.actions.web;

import java.time.Duration;

import io.tajriba.actions.CaseView;
import org.jspecify.annotations.Nullable;

/**
 * How a case stands against its service levels, as its badge shows it: time left to the next target (soon under
 * two business hours), overdue by how much, paused while waiting on the customer, done once resolved.
 */
public record SlaBadge(String state, long hours, long minutes) {

	static SlaBadge of(CaseView c) {
		// waiting on the customer: the resolution clock is paused, and the first response was given by moving it
		if (c.status().equals("waiting")) {
			return new SlaBadge("paused", 0, 0);
		}
		if (!c.status().equals("new") && !c.status().equals("open") && !c.status().equals("waiting")) {
			return new SlaBadge("done", 0, 0);
		}
		Duration next = next(c.firstResponseLeft(), c.resolutionLeft());
		if (next == null) {
			return new SlaBadge("paused", 0, 0);
		}
		Duration shown = next.abs();
		String state = next.isNegative() ? "overdue" : next.compareTo(Duration.ofHours(2)) < 0 ? "soon" : "left";
		return new SlaBadge(state, shown.toHours(), shown.toMinutesPart());
	}

	private static @Nullable Duration next(@Nullable Duration first, @Nullable Duration resolution) {
		if (first == null) {
			return resolution;
		}
		return resolution == null || first.compareTo(resolution) < 0 ? first : resolution;
	}

	/** The Bootstrap colour of the badge. */
	public String colour() {
		return switch (state) {
			case "overdue" -> "danger";
			case "soon" -> "warning";
			case "left" -> "success";
			default -> "secondary";
		};
	}
}
