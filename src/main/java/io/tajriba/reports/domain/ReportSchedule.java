package io.tajriba.reports.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.CalendarSystem;

/**
 * When a report goes out: daily at its hour of the workspace's zone, weekly on the first day of the calendar's week
 * (Monday in the Gregorian calendar, Saturday in the Persian and Islamic ones, Sunday in the Hebrew one), monthly
 * on the first day of the calendar's month (1 Farvardin, 1 Ordibehesht... in the Solar Hijri calendar, read with
 * ICU4J as the pages' dates are).
 */
public final class ReportSchedule {

	public enum Frequency {

		DAILY, WEEKLY, MONTHLY;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The days a report of this frequency covers (its window and the one before it are compared). */
		public int days() {
			return switch (this) {
				case DAILY -> 1;
				case WEEKLY -> 7;
				case MONTHLY -> 30;
			};
		}

		public static Frequency of(String field, @org.jspecify.annotations.Nullable String value) {
			try {
				return valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidFieldException(field, "must be one of daily, weekly, monthly");
			}
		}
	}

	private ReportSchedule() {
	}

	/** The first day of a week in the calendar. */
	public static DayOfWeek firstDayOfWeek(CalendarSystem calendar) {
		return switch (calendar) {
			case GREGORIAN -> DayOfWeek.MONDAY;
			case PERSIAN, ISLAMIC -> DayOfWeek.SATURDAY;
			case HEBREW -> DayOfWeek.SUNDAY;
		};
	}

	/** The first send strictly after {@code after}. */
	public static Instant next(Instant after, ZoneId zone, CalendarSystem calendar, Frequency frequency, int hour) {
		if (hour < 0 || hour > 23) {
			throw new InvalidFieldException("hour", "must be from 0 to 23");
		}
		LocalDate day = after.atZone(zone).toLocalDate();
		for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
			Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
			if (at.isAfter(after) && starts(day, calendar, frequency)) {
				return at;
			}
		}
		throw new IllegalStateException("no send within 800 days");
	}

	private static boolean starts(LocalDate day, CalendarSystem calendar, Frequency frequency) {
		return switch (frequency) {
			case DAILY -> true;
			case WEEKLY -> day.getDayOfWeek() == firstDayOfWeek(calendar);
			case MONTHLY -> dayOfMonth(day, calendar) == 1;
		};
	}

	/** The day of the month of a (civil) day in the calendar. */
	public static int dayOfMonth(LocalDate day, CalendarSystem calendar) {
		if (calendar == CalendarSystem.GREGORIAN) {
			return day.getDayOfMonth();
		}
		Calendar icu = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("en@calendar=" + calendar.id()));
		icu.setTime(Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
		return icu.get(Calendar.DAY_OF_MONTH);
	}
}
