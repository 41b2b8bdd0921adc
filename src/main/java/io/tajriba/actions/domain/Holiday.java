package io.tajriba.actions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A day off written in the calendar people keep it in: gregorian, persian, islamic (Umm al-Qura) or hebrew, with
 * months numbered from 1 (see {@link CalendarSystem} for the Hebrew months). Without a year it comes back every
 * year, as Nowruz does on 1 Farvardin; a day that some years lack (30 Esfand) is then kept only in the years that
 * have it.
 */
public record Holiday(String calendar, @Nullable Integer year, int month, int day, String name) {

	private static final Pattern TEXT = Pattern.compile("(?:(\\d{1,4})-)?(\\d{1,2})-(\\d{1,2})",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Set<String> DATE_FIELDS = Set.of("year", "month", "day");

	public Holiday {
		CalendarSystem system = CalendarSystem.named("calendar", calendar);
		calendar = system.id();
		name = name.strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidFieldException("name", "must be 1 to 100 characters");
		}
		if (month < 1 || month > system.months()) {
			throw new InvalidFieldException("month", "must be from 1 to " + system.months());
		}
		if (day < 1 || day > system.longest(month)) {
			throw new InvalidFieldException("day", "must be from 1 to " + system.longest(month));
		}
		if (year != null && (year < 1 || year > 9999)) {
			throw new InvalidFieldException("year", "must be from 1 to 9999");
		}
		if (year != null && system.date(year, month, day).isEmpty()) {
			throw new InvalidFieldException("day", "is not a day of " + year);
		}
	}

	/**
	 * Reads "1405-01-13" (that year only) or "01-01" (every year), in any script's digits (۱۴۰۵-۰۱-۱۳); a wrong
	 * date is named by {@code field}.
	 */
	public static Holiday parse(String field, String calendar, String text, String name) {
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			throw new InvalidFieldException(field, "must be written like 1405-01-13, or 01-01 for every year");
		}
		Integer year = matcher.group(1) == null ? null : Integer.valueOf(matcher.group(1));
		try {
			return new Holiday(calendar, year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
					name);
		} catch (InvalidFieldException e) {
			throw DATE_FIELDS.contains(e.field()) ? new InvalidFieldException(field, e.getMessage()) : e;
		}
	}

	public boolean everyYear() {
		return year == null;
	}

	/** The Gregorian dates it falls on from {@code from} to {@code to}, both included, in order. */
	public List<LocalDate> occurrencesBetween(LocalDate from, LocalDate to) {
		CalendarSystem system = system();
		List<LocalDate> dates = new ArrayList<>();
		if (to.isBefore(from)) {
			return dates;
		}
		// Checked year by year of its own calendar: a lunar year being shorter, one Gregorian year can hold two
		int first = year != null ? year : system.yearOf(from);
		int last = year != null ? year : system.yearOf(to);
		for (int y = first; y <= last; y++) {
			Optional<LocalDate> date = system.date(y, month, day);
			if (date.isPresent() && !date.get().isBefore(from) && !date.get().isAfter(to)) {
				dates.add(date.get());
			}
		}
		return dates;
	}

	@Override
	public String toString() {
		String monthDay = "%02d-%02d".formatted(month, day);
		return year == null ? monthDay : "%04d-%s".formatted(year, monthDay);
	}

	private CalendarSystem system() {
		return CalendarSystem.named("calendar", calendar);
	}
}
