package io.tajriba.actions.domain;

import java.time.LocalDate;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected dates are the published ones, not ICU's: the Iranian calendar for Farvardin, the Umm al-Qura calendar
 * (the dates Saudi Arabia kept) for the Islamic ones, and the Jewish holidays as printed in Hebrew calendars.
 */
class HolidayTests {

	@Test
	void nowruzComesEveryYearOnTheFirstOfFarvardin() {
		Holiday nowruz = Holiday.parse("date", "persian", "01-01", "Nowruz");
		assertThat(nowruz.year()).isNull();
		assertThat(nowruz).hasToString("01-01");
		// 1 Farvardin 1404 = 21 March 2025, 1405 = 21 March 2026 (a Saturday), 1406 = 21 March 2027
		assertThat(nowruz.occurrencesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)))
			.containsExactly(LocalDate.of(2025, 3, 21), LocalDate.of(2026, 3, 21), LocalDate.of(2027, 3, 21));
		assertThat(LocalDate.of(2026, 3, 21).getDayOfWeek()).hasToString("SATURDAY");
	}

	@Test
	void aHolidayOfOneYearFallsOnlyThen() {
		Holiday sizdah = Holiday.parse("date", "persian", "1405-01-13", "Sizdah Be-dar");
		assertThat(sizdah.year()).isEqualTo(1405);
		assertThat(sizdah).hasToString("1405-01-13");
		// 1 Farvardin = 21 March, so 13 Farvardin = 21 + 12 = 2 April 2026
		assertThat(sizdah.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2026, 4, 2));
		assertThat(sizdah.occurrencesBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
		assertThat(Holiday.parse("date", "persian", "۱۴۰۵-۰۱-۱۳", "Sizdah Be-dar")).isEqualTo(sizdah);
	}

	@Test
	void theRangeIncludesBothEnds() {
		Holiday nowruz = Holiday.parse("date", "persian", "01-01", "Nowruz");
		LocalDate day = LocalDate.of(2026, 3, 21);
		assertThat(nowruz.occurrencesBetween(day, day)).containsExactly(day);
		assertThat(nowruz.occurrencesBetween(day.plusDays(1), day.plusDays(400))).containsExactly(day.plusYears(1));
		assertThat(nowruz.occurrencesBetween(day, day.minusDays(1))).isEmpty();
	}

	@Test
	void theLastDayOfEsfandIsKeptInLeapYearsOnly() {
		// 1403 is a leap year of the Iranian calendar: 30 Esfand 1403 = 20 March 2025; Esfand 1404 has 29 days
		Holiday last = Holiday.parse("date", "persian", "12-30", "Last day of the year");
		assertThat(last.occurrencesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2025, 3, 20));
		assertThat(Holiday.parse("date", "persian", "1403-12-30", "x").occurrencesBetween(LocalDate.of(2025, 3, 20),
				LocalDate.of(2025, 3, 20))).hasSize(1);
		assertThatThrownBy(() -> Holiday.parse("date", "persian", "1404-12-30", "x"))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("date"));
	}

	@Test
	void islamicDatesFollowUmmAlQura() {
		Holiday eid = Holiday.parse("date", "islamic", "10-01", "Eid al-Fitr");
		// Eid al-Fitr 1446 was Sunday 30 March 2025 in Saudi Arabia; the tabular (civil) calendar says 31 March
		assertThat(eid.occurrencesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
			.containsExactly(LocalDate.of(2025, 3, 30));
		// Eid al-Fitr 1447: Friday 20 March 2026 (both reckonings agree)
		assertThat(eid.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2026, 3, 20));
		// Eid al-Adha 1446, 10 Dhu al-Hijjah: Friday 6 June 2025
		assertThat(Holiday.parse("date", "islamic", "1446-12-10", "Eid al-Adha")
			.occurrencesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
			.containsExactly(LocalDate.of(2025, 6, 6));
	}

	@Test
	void aLunarDateCanComeTwiceInOneGregorianYear() {
		// The Islamic year is 354 or 355 days: 1 Muharram 1429 = 10 January 2008 and 1 Muharram 1430 = 29 December
		Holiday newYear = Holiday.parse("date", "islamic", "01-01", "Islamic New Year");
		assertThat(newYear.occurrencesBetween(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)))
			.containsExactly(LocalDate.of(2008, 1, 10), LocalDate.of(2008, 12, 29));
	}

	@Test
	void hebrewMonthsCountFromTishri() {
		// Rosh Hashanah 5786 = Tuesday 23 September 2025 and 5787 = Saturday 12 September 2026 (1 Tishri)
		assertThat(Holiday.parse("date", "hebrew", "01-01", "Rosh Hashanah")
			.occurrencesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2025, 9, 23), LocalDate.of(2026, 9, 12));
		// Passover, 15 Nisan (month 8) 5786 = 2 April 2026
		assertThat(Holiday.parse("date", "hebrew", "08-15", "Passover")
			.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2026, 4, 2));
	}

	@Test
	void purimIsInAdarTwoOfLeapYearsAndAdarOneExistsOnlyThen() {
		// 5784 is a leap year: Purim (14 of month 7) = 24 March 2024 and Purim Katan (14 Adar I) = 23 February.
		// 5786 is not: Purim = 3 March 2026 and there is no Adar I
		Holiday purim = Holiday.parse("date", "hebrew", "07-14", "Purim");
		Holiday katan = Holiday.parse("date", "hebrew", "06-14", "Purim Katan");
		assertThat(purim.occurrencesBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
			.containsExactly(LocalDate.of(2024, 3, 24));
		assertThat(katan.occurrencesBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
			.containsExactly(LocalDate.of(2024, 2, 23));
		assertThat(purim.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2026, 3, 3));
		assertThat(katan.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
		assertThatThrownBy(() -> Holiday.parse("date", "hebrew", "5786-06-14", "Purim Katan"))
			.isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void gregorianDatesAndTheLeapDay() {
		assertThat(Holiday.parse("date", "gregorian", "12-25", "Christmas")
			.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2026, 12, 25));
		Holiday leapDay = Holiday.parse("date", "Gregorian", "02-29", "Leap day");
		assertThat(leapDay.calendar()).isEqualTo("gregorian");
		assertThat(leapDay.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)))
			.containsExactly(LocalDate.of(2028, 2, 29));
	}

	@Test
	void badHolidaysAreRefusedWithTheFieldNamed() {
		assertField(() -> Holiday.parse("date", "julian", "01-01", "x"), "calendar");
		assertField(() -> Holiday.parse("date", "persian", "01-01", "  "), "name");
		assertField(() -> Holiday.parse("date", "persian", "1 Farvardin", "x"), "date");
		assertField(() -> Holiday.parse("date", "persian", "13-01", "x"), "date");
		assertField(() -> Holiday.parse("date", "gregorian", "02-30", "x"), "date");
		assertField(() -> Holiday.parse("date", "islamic", "09-31", "x"), "date");
		assertField(() -> Holiday.parse("date", "gregorian", "0-01-01", "x"), "date");
		assertField(() -> new Holiday("persian", null, 1, 32, "x"), "day");
		assertThat(Holiday.parse("date", "hebrew", "13-29", "Erev Rosh Hashanah").month()).isEqualTo(13);
	}

	private static void assertField(Runnable call, String field) {
		assertThatThrownBy(call::run)
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
	}
}
