package io.tajriba.metrics.domain;

import java.time.Instant;

/**
 * One bucket of a trend: its label in the workspace's calendar, which sorts as text in time order ("1405-01-01"
 * for a day or for the week starting that day, "1405-01" for a month, "1405-Q1" for a quarter), and the instants
 * it runs from (inclusive) to (exclusive), for filtering answers in SQL.
 */
public record PeriodKey(String label, Instant start, Instant end) {

	public PeriodKey {
		if (label.isBlank()) {
			throw new IllegalArgumentException("a period needs a label");
		}
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("a period must end after it starts: " + start + " - " + end);
		}
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(start) && instant.isBefore(end);
	}
}
