package io.tajriba.web;

import java.time.Instant;
import java.time.ZoneId;

import io.tajriba.web.domain.CalendarDates;
import io.tajriba.web.internal.Numbers;

/**
 * Dates and figures as the pages write them, for what other modules write outside a page (mails, PDFs): dates in
 * a workspace's calendar and zone, figures with the language's digits (Persian for fa, Arabic-Indic for ar,
 * Western for en and he).
 */
public final class Formats {

	private Formats() {
	}

	/** A long date, e.g. ۱۴ آذر ۱۴۰۵. {@code calendar} is gregorian, persian, islamic or hebrew. */
	public static String date(Instant instant, ZoneId zone, String calendar, String language) {
		return CalendarDates.date(instant, zone, calendar, language);
	}

	public static String dateTime(Instant instant, ZoneId zone, String calendar, String language) {
		return CalendarDates.dateTime(instant, zone, calendar, language);
	}

	/** A figure with at most {@code decimals} decimals. */
	public static String number(double value, int decimals, String language) {
		return Numbers.decimal(value, decimals, language);
	}
}
