package io.tajriba.web.domain;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarDatesTests {

	// Nowruz 1405: 21 March 2026, noon in Tehran
	private static final Instant NOWRUZ = Instant.parse("2026-03-21T08:30:00Z");
	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Test
	void persianCalendarInPersianUsesPersianMonthsAndDigits() {
		assertThat(CalendarDates.date(NOWRUZ, TEHRAN, "persian", "fa")).contains("فروردین").contains("۱۴۰۵");
	}

	@Test
	void persianCalendarInEnglish() {
		assertThat(CalendarDates.date(NOWRUZ, TEHRAN, "persian", "en")).contains("Farvardin").contains("1405");
	}

	@Test
	void hebrewCalendar() {
		assertThat(CalendarDates.date(NOWRUZ, TEHRAN, "hebrew", "en")).contains("Nisan").contains("5786");
	}

	@Test
	void islamicCalendar() {
		assertThat(CalendarDates.date(NOWRUZ, TEHRAN, "islamic", "en")).contains("Shawwal").contains("1447");
	}

	@Test
	void gregorianCalendar() {
		assertThat(CalendarDates.date(NOWRUZ, TEHRAN, "gregorian", "en")).isEqualTo("March 21, 2026");
	}

	@Test
	void theTimeZoneDecidesTheDay() {
		Instant lateEvening = Instant.parse("2026-03-20T21:00:00Z"); // 00:30 on the 21st in Tehran
		assertThat(CalendarDates.date(lateEvening, TEHRAN, "gregorian", "en")).isEqualTo("March 21, 2026");
		assertThat(CalendarDates.date(lateEvening, ZoneId.of("UTC"), "gregorian", "en")).isEqualTo("March 20, 2026");
	}

	@Test
	void timeOfDayInTheZoneWithTheReadersDigits() {
		assertThat(CalendarDates.time(NOWRUZ, TEHRAN, "en")).isEqualTo("12:00\u202fPM");
		assertThat(CalendarDates.time(NOWRUZ, TEHRAN, "fa")).isEqualTo("۱۲:۰۰");
	}
}
