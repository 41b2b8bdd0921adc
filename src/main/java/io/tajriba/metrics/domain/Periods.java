package io.tajriba.metrics.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * How a workspace cuts time into trend buckets: days, weeks, months or quarters of its calendar (gregorian,
 * persian, islamic, hebrew) in its time zone. Weeks start where that calendar's readers start them: Monday (ISO)
 * in the Gregorian calendar, Saturday in the Persian (as in Iran), Sunday in the Islamic (as in Saudi Arabia)
 * and the Hebrew (as in Israel). A Hebrew leap year's thirteenth month falls into its fourth quarter.
 */
public record Periods(Granularity granularity, ZoneId zone, String calendar) {

	static final Set<String> CALENDARS = Set.of("gregorian", "persian", "islamic", "hebrew");

	/** More buckets than this are not a chart any more, and likely a wrong range. */
	static final int MAX_PERIODS = 5_000;

	public Periods {
		calendar = calendar.trim().toLowerCase(Locale.ROOT);
		if (!CALENDARS.contains(calendar)) {
			throw new IllegalArgumentException("calendar must be one of gregorian, persian, islamic, hebrew, was "
					+ calendar);
		}
		icuZone(zone);
	}

	/** The first day of a week in the given calendar. */
	public static DayOfWeek firstDayOfWeek(String calendar) {
		return switch (calendar) {
			case "persian" -> DayOfWeek.SATURDAY;
			case "islamic", "hebrew" -> DayOfWeek.SUNDAY;
			default -> DayOfWeek.MONDAY;
		};
	}

	/** The bucket the instant falls into. */
	public PeriodKey of(Instant instant) {
		Calendar start = calendarAt(instant);
		truncate(start);
		Calendar end = (Calendar) start.clone();
		String label = label(start);
		do {
			step(end);
			midnight(end);
		}
		while (label(end).equals(label));
		return new PeriodKey(label, start.getTime().toInstant(), end.getTime().toInstant());
	}

	/** Every bucket from the one holding {@code from} up to the one holding the instant before {@code to}. */
	public List<PeriodKey> between(Instant from, Instant to) {
		List<PeriodKey> periods = new ArrayList<>();
		for (PeriodKey key = of(from); key.start().isBefore(to); key = of(key.end())) {
			if (periods.size() == MAX_PERIODS) {
				throw new IllegalArgumentException("more than " + MAX_PERIODS + " periods from " + from + " to " + to);
			}
			periods.add(key);
		}
		return periods;
	}

	private Calendar calendarAt(Instant instant) {
		Calendar c = Calendar.getInstance(icuZone(zone), new ULocale("@calendar=" + calendar));
		c.setTime(Date.from(instant));
		return c;
	}

	private void truncate(Calendar c) {
		switch (granularity) {
			case DAY -> {
			}
			case WEEK -> {
				int first = firstDayOfWeek(calendar).getValue() % 7 + 1; // ICU counts Sunday = 1 to Saturday = 7
				c.add(Calendar.DATE, -((c.get(Calendar.DAY_OF_WEEK) - first + 7) % 7));
			}
			case MONTH -> c.set(Calendar.DAY_OF_MONTH, 1);
			case QUARTER -> {
				c.set(Calendar.DAY_OF_MONTH, 1);
				int month = c.get(Calendar.ORDINAL_MONTH);
				c.add(Calendar.MONTH, -(month - 3 * quarter(month)));
			}
		}
		midnight(c);
	}

	// again after each step: a day whose midnight a clock change skips starts later, and the next day must not
	private static void midnight(Calendar c) {
		c.set(Calendar.HOUR_OF_DAY, 0);
		c.set(Calendar.MINUTE, 0);
		c.set(Calendar.SECOND, 0);
		c.set(Calendar.MILLISECOND, 0);
	}

	private void step(Calendar c) {
		switch (granularity) {
			case DAY -> c.add(Calendar.DATE, 1);
			case WEEK -> c.add(Calendar.DATE, 7);
			// a quarter is left month by month, as a Hebrew leap year's last quarter has four
			case MONTH, QUARTER -> c.add(Calendar.MONTH, 1);
		}
	}

	private String label(Calendar c) {
		int year = c.get(Calendar.EXTENDED_YEAR);
		int month = c.get(Calendar.ORDINAL_MONTH);
		return switch (granularity) {
			case DAY, WEEK -> "%04d-%02d-%02d".formatted(year, month + 1, c.get(Calendar.DAY_OF_MONTH));
			case MONTH -> "%04d-%02d".formatted(year, month + 1);
			case QUARTER -> "%04d-Q%d".formatted(year, quarter(month) + 1);
		};
	}

	private static int quarter(int ordinalMonth) {
		return Math.min(ordinalMonth / 3, 3);
	}

	private static TimeZone icuZone(ZoneId zone) {
		String id = zone.normalized() instanceof ZoneOffset offset
				? "GMT" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) : zone.getId();
		TimeZone icu = TimeZone.getTimeZone(id);
		if (TimeZone.UNKNOWN_ZONE_ID.equals(icu.getID())) {
			throw new IllegalArgumentException("time zone " + zone + " is unknown to the calendars");
		}
		return icu;
	}
}
