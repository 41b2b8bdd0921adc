package io.tajriba.web.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Dates as people of a workspace read them: in its calendar (gregorian, persian, islamic, hebrew), its time zone
 * and the reader's language, with that language's digits and month names.
 */
public final class CalendarDates {

	private CalendarDates() {
	}

	public static String date(Instant instant, ZoneId zone, String calendar, String language) {
		return format(DateFormat.getDateInstance(DateFormat.LONG, locale(calendar, language)), instant, zone);
	}

	public static String dateTime(Instant instant, ZoneId zone, String calendar, String language) {
		return format(DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale(calendar, language)),
				instant, zone);
	}

	/** The time of day alone, for lists already grouped by date. */
	public static String time(Instant instant, ZoneId zone, String language) {
		return format(DateFormat.getTimeInstance(DateFormat.SHORT, locale("gregorian", language)), instant, zone);
	}

	private static ULocale locale(String calendar, String language) {
		// Persian as spoken in Iran, Arabic with the Islamic calendar as in Saudi Arabia: the regions whose
		// conventions (digits, month names) readers of those calendars expect
		String region = switch (language) {
			case "fa" -> "_IR";
			case "he" -> "_IL";
			default -> "";
		};
		return new ULocale(language + region + "@calendar=" + calendar);
	}

	private static String format(DateFormat format, Instant instant, ZoneId zone) {
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(Date.from(instant));
	}
}
