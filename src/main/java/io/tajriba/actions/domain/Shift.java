package io.tajriba.actions.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;

/**
 * Working hours within one day, written "09:00-17:00". A {@code to} of {@link LocalTime#MIDNIGHT} means the end
 * of the day (24:00), since {@link LocalTime} has no 24:00: "00:00-24:00" is the whole day, and an end written
 * 00:00 is read as 24:00 too. The hours are wall-clock hours of the workspace's zone.
 */
public record Shift(LocalTime from, LocalTime to) {

	// Any script's digits, as Persian and Arabic keyboards type them
	private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})", Pattern.UNICODE_CHARACTER_CLASS);

	public Shift {
		check("shift", from, to);
	}

	public static Shift parse(String field, String text) {
		String[] ends = text.strip().split("\\s*[-–]\\s*", -1);
		if (ends.length != 2) {
			throw new InvalidFieldException(field, "must be written like 09:00-17:00");
		}
		LocalTime from = time(field, ends[0], false);
		LocalTime to = time(field, ends[1], true);
		check(field, from, to);
		return new Shift(from, to);
	}

	boolean endsAtMidnight() {
		return to.equals(LocalTime.MIDNIGHT);
	}

	/** Whether this shift ends after the other one starts, the two being of the same day. */
	boolean overlaps(Shift later) {
		return endsAtMidnight() || to.isAfter(later.from);
	}

	Instant startOn(LocalDate date, ZoneId zone) {
		return instant(date, from, zone);
	}

	Instant endOn(LocalDate date, ZoneId zone) {
		return endsAtMidnight() ? instant(date.plusDays(1), LocalTime.MIDNIGHT, zone) : instant(date, to, zone);
	}

	@Override
	public String toString() {
		return from + "-" + (endsAtMidnight() ? "24:00" : to.toString());
	}

	/*
	 * A wall time skipped by a change to summer time is taken as the moment of the change, not pushed later as
	 * java.time does: later wall times then never give earlier instants, so the shifts of a day never overlap.
	 * A wall time seen twice when the clocks go back is its first occurrence.
	 */
	private static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
		var local = date.atTime(time);
		ZoneOffsetTransition change = zone.getRules().getTransition(local);
		return change != null && change.isGap() ? change.getInstant() : local.atZone(zone).toInstant();
	}

	private static LocalTime time(String field, String text, boolean end) {
		Matcher matcher = TIME.matcher(text);
		if (!matcher.matches()) {
			throw new InvalidFieldException(field, "must be written like 09:00-17:00");
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = Integer.parseInt(matcher.group(2));
		if (end && hour == 24 && minute == 0) {
			return LocalTime.MIDNIGHT;
		}
		try {
			return LocalTime.of(hour, minute);
		} catch (DateTimeException e) {
			throw new InvalidFieldException(field, text + " is not a time of day");
		}
	}

	private static void check(String field, LocalTime from, LocalTime to) {
		if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
			throw new InvalidFieldException(field, "must start and end on a whole minute");
		}
		if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
			throw new InvalidFieldException(field, "must end after it starts");
		}
	}
}
