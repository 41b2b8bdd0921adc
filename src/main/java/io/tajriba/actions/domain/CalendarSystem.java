package io.tajriba.actions.domain;

import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.tajriba.platform.InvalidFieldException;

/**
 * The calendars holidays are written in, converted to Gregorian dates by ICU. Months are numbered from 1 as people
 * write them. Islamic dates follow Umm al-Qura, the calendar published in Saudi Arabia, which ICU holds as a table
 * for 1300-1600 AH and computes as the tabular (civil) calendar outside it. Hebrew months follow ICU's order from
 * Tishri: 1 Tishri, 2 Heshvan, 3 Kislev, 4 Tevet, 5 Shevat, 6 Adar I (leap years only), 7 Adar (Adar II in leap
 * years), 8 Nisan, 9 Iyar, 10 Sivan, 11 Tammuz, 12 Av, 13 Elul; so Purim, 14 of month 7, is in Adar II in leap
 * years as it is kept.
 */
enum CalendarSystem {

	GREGORIAN("gregorian", "gregorian", 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
	PERSIAN("persian", "persian", 31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30),
	ISLAMIC("islamic", "islamic-umalqura", 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
	HEBREW("hebrew", "hebrew", 30, 30, 30, 29, 30, 30, 29, 30, 29, 30, 29, 30, 29);

	/** ICU counts days from the Julian day number; java.time from 1970-01-01, which is Julian day 2440588. */
	private static final long EPOCH_JULIAN_DAY = 2_440_588;

	private final String id;

	/** Cleared and never changed, only copied: a copy costs a hundredth of a new calendar from ICU. */
	private final Calendar prototype;

	/** The longest each month can be, in any year. */
	private final int[] longest;

	CalendarSystem(String id, String icuId, int... longest) {
		this.id = id;
		this.prototype = prototype(icuId);
		this.longest = longest;
	}

	static CalendarSystem named(String field, String name) {
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		for (CalendarSystem system : values()) {
			if (system.id.equals(wanted)) {
				return system;
			}
		}
		throw new InvalidFieldException(field, "must be gregorian, persian, islamic or hebrew");
	}

	String id() {
		return id;
	}

	int months() {
		return longest.length;
	}

	int longest(int month) {
		return longest[month - 1];
	}

	/** The Gregorian date of that day, or nothing when that year has no such day (a 30 Esfand in a common year). */
	Optional<LocalDate> date(int year, int month, int day) {
		Calendar calendar = calendar();
		calendar.set(Calendar.EXTENDED_YEAR, year);
		calendar.set(Calendar.MONTH, month - 1);
		calendar.set(Calendar.DAY_OF_MONTH, day);
		long julianDay = calendar.get(Calendar.JULIAN_DAY);
		// ICU rolls a day that does not exist over into the next month (and Adar I into Adar): reading back tells
		boolean exists = calendar.get(Calendar.EXTENDED_YEAR) == year && calendar.get(Calendar.MONTH) == month - 1
				&& calendar.get(Calendar.DAY_OF_MONTH) == day;
		return exists ? Optional.of(LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY)) : Optional.empty();
	}

	/** The year of this calendar that the Gregorian date falls in. */
	int yearOf(LocalDate date) {
		Calendar calendar = calendar();
		calendar.set(Calendar.JULIAN_DAY, Math.toIntExact(date.toEpochDay() + EPOCH_JULIAN_DAY));
		return calendar.get(Calendar.EXTENDED_YEAR);
	}

	// A copy each time: ICU calendars change as they compute and are not safe to share between threads
	private Calendar calendar() {
		return (Calendar) prototype.clone();
	}

	private static Calendar prototype(String icuId) {
		Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("@calendar=" + icuId));
		if (calendar instanceof GregorianCalendar gregorian) {
			// Proleptic, as java.time is, rather than Julian before 1582
			gregorian.setGregorianChange(new Date(Long.MIN_VALUE));
		}
		calendar.clear();
		return calendar;
	}
}
