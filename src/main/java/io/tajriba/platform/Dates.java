package io.tajriba.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * The dates Tajriba takes: the years 1 to 9999. Java reads years up to a billion and PostgreSQL refuses years
 * before 4713 BC, so a date outside this range is refused naming its field before it reaches either.
 */
public final class Dates {

	public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
	public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
	private static final Instant START = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
	private static final Instant END = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	public static final String RANGE = "must be between the years 1 and 9999";

	private Dates() {
	}

	public static boolean inRange(LocalDate date) {
		return !date.isBefore(FIRST) && !date.isAfter(LAST);
	}

	public static boolean inRange(Instant instant) {
		return !instant.isBefore(START) && instant.isBefore(END);
	}

	public static LocalDate checked(String field, LocalDate date) {
		if (!inRange(date)) {
			throw new InvalidFieldException(field, RANGE);
		}
		return date;
	}

	public static Instant checked(String field, Instant instant) {
		if (!inRange(instant)) {
			throw new InvalidFieldException(field, RANGE);
		}
		return instant;
	}

	/** An ISO date such as {@code 2026-03-21}; blank is none. */
	public static @Nullable LocalDate parseDate(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return checked(field, LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "must be a date such as 2026-03-21");
		}
	}
}
