package io.tajriba.interactions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A range of whole days as a reader picks it, both ends included, in the workspace's time zone; as instants it is
 * [start of {@code from}, start of the day after {@code to}).
 */
public record DateRange(LocalDate from, LocalDate to) {

	/** The default of the explorer: the last thirty days up to today. */
	public static final int DEFAULT_DAYS = 30;

	public DateRange {
		if (to.isBefore(from)) {
			throw new InvalidFieldException("to", "must not be before from");
		}
	}

	/** The range of the given ends; a missing end is taken from the default (the last thirty days). */
	public static DateRange of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
		LocalDate end = to != null ? to : (from != null && from.isAfter(today) ? from : today);
		LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
		return new DateRange(start, end);
	}

	public Instant start(ZoneId zone) {
		return from.atStartOfDay(zone).toInstant();
	}

	public Instant end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}
}
