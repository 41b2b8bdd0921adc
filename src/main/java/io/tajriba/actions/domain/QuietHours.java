package io.tajriba.actions.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import io.tajriba.platform.InvalidFieldException;

/**
 * Hours in which nobody is e-mailed (cases still open and their clocks still run): from {@code from} to {@code to}
 * in the workspace's zone, across midnight when {@code to} is earlier, as in 20:00-08:00.
 */
public record QuietHours(LocalTime from, LocalTime to) {

	public QuietHours {
		if (from.equals(to)) {
			throw new InvalidFieldException("quietHours", "must start and end at different times");
		}
	}

	public static QuietHours parse(String text) {
		String[] parts = text.strip().split("-");
		try {
			if (parts.length == 2) {
				return new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
			}
		}
		catch (DateTimeParseException e) {
			// reported below
		}
		throw new InvalidFieldException("quietHours", "must be two times such as 20:00-08:00");
	}

	/** The earliest instant at or after {@code at} outside the quiet hours. */
	public Instant nextAllowed(Instant at, ZoneId zone) {
		ZonedDateTime local = at.atZone(zone);
		LocalTime time = local.toLocalTime();
		boolean quiet = from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to)
				: !time.isBefore(from) || time.isBefore(to);
		if (!quiet) {
			return at;
		}
		ZonedDateTime end = local.with(to).withSecond(0).withNano(0);
		if (!end.isAfter(local)) {
			end = end.plusDays(1).with(to);
		}
		return end.toInstant();
	}

	@Override
	public String toString() {
		return from + "-" + to;
	}
}
