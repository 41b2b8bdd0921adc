package io.tajriba.actions.domain;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an initiative did, read from its estimate's 95% interval once the planned measurement is over. Before the
 * planned end the interval is not read at all: looking early and stopping when it happens to exclude zero would
 * make the 5% error rate a fiction.
 */
public enum Verdict {

	IMPROVED, NO_CHANGE, WORSE, TOO_EARLY;

	/**
	 * TOO_EARLY before the planned end (today < plannedEnd) or without an estimate; then IMPROVED when the interval
	 * lies above 0, WORSE below 0, NO_CHANGE otherwise (all metrics are better higher).
	 */
	public static Verdict of(@Nullable DiffInDiff estimate, LocalDate today, LocalDate plannedEnd) {
		if (estimate == null || today.isBefore(plannedEnd)) {
			return TOO_EARLY;
		}
		if (estimate.ci95()[0] > 0) {
			return IMPROVED;
		}
		return estimate.ci95()[1] < 0 ? WORSE : NO_CHANGE;
	}

	/** The lower-case name: improved, no_change, worse, too_early. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
