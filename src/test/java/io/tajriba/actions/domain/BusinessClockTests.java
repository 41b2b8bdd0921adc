package io.tajriba.actions.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessClockTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void eachWorkspaceHasItsOwnWeekend() {
		// Thursday 7 May 2026, 15:00 in Tehran, a target of 8 hours
		Instant opened = at("2026-05-07T15:00", TEHRAN);
		Duration eight = Duration.ofHours(8);
		// fa: Thursday ends at 12:00, Friday is off, Saturday 08:00 + 8 h = Saturday 16:00
		assertThat(clock("fa", TEHRAN).plus(opened, eight)).isEqualTo(at("2026-05-09T16:00", TEHRAN));
		// en: Thursday 15:00-17:00 = 2 h, Friday 09:00 + 6 h = Friday 15:00
		assertThat(clock("en", TEHRAN).plus(opened, eight)).isEqualTo(at("2026-05-08T15:00", TEHRAN));
		// ar and he: Thursday 2 h, Friday and Saturday off, Sunday 09:00 + 6 h = Sunday 15:00
		assertThat(clock("ar", TEHRAN).plus(opened, eight)).isEqualTo(at("2026-05-10T15:00", TEHRAN));
		assertThat(clock("he", TEHRAN).plus(opened, eight)).isEqualTo(at("2026-05-10T15:00", TEHRAN));
		for (String language : List.of("fa", "en", "ar")) {
			BusinessClock clock = clock(language, TEHRAN);
			assertThat(clock.between(opened, clock.plus(opened, eight))).as(language).isEqualTo(eight);
		}
	}

	@Test
	void nowruzClosesFourDays() {
		// Friday 20 March 2026 is the weekend; 21-24 March are 1-4 Farvardin 1405; Wednesday 25 March 08:00 + 4 h
		BusinessClock clock = clock("fa", TEHRAN);
		assertThat(clock.plus(at("2026-03-20T10:00", TEHRAN), Duration.ofHours(4)))
			.isEqualTo(at("2026-03-25T12:00", TEHRAN));
		// Thursday 19 March 08:00-12:00 is the only working time from then to Wednesday 25 March 08:00
		assertThat(clock.between(at("2026-03-19T00:00", TEHRAN), at("2026-03-25T08:00", TEHRAN)))
			.isEqualTo(Duration.ofHours(4));
	}

	@Test
	void aHolidayOfOneYearIsSkippedThatYear() {
		// Wednesday 1 April 2026 14:00 + 4 h: Wednesday 14:00-16:00 = 2 h, then 2 h more
		Instant opened = at("2026-04-01T14:00", TEHRAN);
		// Without Sizdah Be-dar: Thursday 2 April 08:00 + 2 h = 10:00
		assertThat(clock("fa", TEHRAN).plus(opened, Duration.ofHours(4))).isEqualTo(at("2026-04-02T10:00", TEHRAN));
		// With 13 Farvardin 1405 = Thursday 2 April closed, Friday off: Saturday 4 April 08:00 + 2 h = 10:00
		BusinessHours fa = BusinessHours.defaults("fa", TEHRAN);
		List<Holiday> holidays = new ArrayList<>(fa.holidays());
		holidays.add(Holiday.parse("date", "persian", "1405-01-13", "Sizdah Be-dar"));
		BusinessClock clock = new BusinessClock(new BusinessHours(TEHRAN, fa.week(), holidays));
		assertThat(clock.plus(opened, Duration.ofHours(4))).isEqualTo(at("2026-04-04T10:00", TEHRAN));
	}

	@Test
	void islamicAndHebrewHolidaysAreSkipped() {
		// ar, Riyadh: 1-3 Shawwal 1447 = Friday 20 to Sunday 22 March 2026 (Umm al-Qura). Thursday 19 March 16:00
		// + 2 h: Thursday 16:00-17:00 = 1 h, Friday and Saturday off, Sunday Eid, Monday 23 09:00 + 1 h = 10:00
		ZoneId riyadh = ZoneId.of("Asia/Riyadh");
		List<Holiday> eid = List.of(Holiday.parse("d", "islamic", "10-01", "Eid al-Fitr"),
				Holiday.parse("d", "islamic", "10-02", "Eid al-Fitr"), Holiday.parse("d", "islamic", "10-03", "Eid"));
		BusinessClock arabic = new BusinessClock(
				new BusinessHours(riyadh, BusinessHours.defaults("ar", riyadh).week(), eid));
		assertThat(arabic.plus(at("2026-03-19T16:00", riyadh), Duration.ofHours(2)))
			.isEqualTo(at("2026-03-23T10:00", riyadh));
		// he, Jerusalem: 1-2 Tishri 5787 = Saturday 12 and Sunday 13 September 2026. Thursday 10 September 16:00
		// + 2 h: Thursday 1 h, Friday and Saturday off, Sunday Rosh Hashanah, Monday 14 09:00 + 1 h = 10:00
		ZoneId jerusalem = ZoneId.of("Asia/Jerusalem");
		List<Holiday> roshHashanah = List.of(Holiday.parse("d", "hebrew", "01-01", "Rosh Hashanah"),
				Holiday.parse("d", "hebrew", "01-02", "Rosh Hashanah"));
		BusinessClock hebrew = new BusinessClock(
				new BusinessHours(jerusalem, BusinessHours.defaults("he", jerusalem).week(), roshHashanah));
		assertThat(hebrew.plus(at("2026-09-10T16:00", jerusalem), Duration.ofHours(2)))
			.isEqualTo(at("2026-09-14T10:00", jerusalem));
	}

	@Test
	void startingOutsideWorkingHours() {
		BusinessClock clock = clock("en", LONDON);
		// Saturday 6 June 2026 10:00: nothing until Monday 8 June 09:00, + 1 h = 10:00
		assertThat(clock.plus(london("2026-06-06T10:00"), Duration.ofHours(1))).isEqualTo(london("2026-06-08T10:00"));
		// Monday 07:00: the shift starts at 09:00, + 1 h = 10:00; Monday 20:00: Tuesday 09:00 + 1 h
		assertThat(clock.plus(london("2026-06-08T07:00"), Duration.ofHours(1))).isEqualTo(london("2026-06-08T10:00"));
		assertThat(clock.plus(london("2026-06-08T20:00"), Duration.ofHours(1))).isEqualTo(london("2026-06-09T10:00"));
	}

	@Test
	void theEndOfAShift() {
		BusinessClock clock = clock("en", LONDON);
		// Starting at 17:00 sharp there is nothing left of Monday: Tuesday 09:00 + 1 h
		assertThat(clock.plus(london("2026-06-08T17:00"), Duration.ofHours(1))).isEqualTo(london("2026-06-09T10:00"));
		assertThat(clock.between(london("2026-06-08T17:00"), london("2026-06-09T09:00"))).isZero();
		// Time running out at 17:00 sharp is due at 17:00, not at Tuesday 09:00
		assertThat(clock.plus(london("2026-06-08T16:00"), Duration.ofHours(1))).isEqualTo(london("2026-06-08T17:00"));
	}

	@Test
	void zeroAndBackwards() {
		BusinessClock clock = clock("en", LONDON);
		Instant saturday = london("2026-06-06T10:00");
		assertThat(clock.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
		assertThat(clock.due(saturday, Duration.ZERO, List.of())).contains(saturday);
		Instant monday = london("2026-06-08T12:00");
		assertThat(clock.between(monday, monday)).isZero();
		assertThat(clock.between(monday, monday.minusSeconds(3_600))).isZero();
		assertThatThrownBy(() -> clock.plus(monday, Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aWeekOfFiveDaysIsFortyHours() {
		// Monday 8 June 00:00 to Monday 15 June 00:00: 5 days x 8 h
		assertThat(clock("en", LONDON).between(london("2026-06-08T00:00"), london("2026-06-15T00:00")))
			.isEqualTo(Duration.ofHours(40));
	}

	@Test
	void aLunchBreakIsNotCounted() {
		Shift morning = Shift.parse("s", "08:00-12:00");
		Shift afternoon = Shift.parse("s", "13:00-17:00");
		BusinessClock clock = new BusinessClock(new BusinessHours(LONDON,
				Map.of(DayOfWeek.MONDAY, List.of(morning, afternoon), DayOfWeek.TUESDAY, List.of(morning, afternoon)),
				List.of()));
		// Monday 11:00 + 2 h: 11:00-12:00 = 1 h, then 13:00 + 1 h = 14:00
		assertThat(clock.plus(london("2026-06-08T11:00"), Duration.ofHours(2))).isEqualTo(london("2026-06-08T14:00"));
		// Monday 11:00 + 1 h ends with the morning, at 12:00
		assertThat(clock.plus(london("2026-06-08T11:00"), Duration.ofHours(1))).isEqualTo(london("2026-06-08T12:00"));
		// 11:30-12:00 and 13:00-13:30
		assertThat(clock.between(london("2026-06-08T11:30"), london("2026-06-08T13:30")))
			.isEqualTo(Duration.ofHours(1));
		// Monday 08:00 to Tuesday 08:00: 4 h + 4 h
		assertThat(clock.between(london("2026-06-08T08:00"), london("2026-06-09T08:00")))
			.isEqualTo(Duration.ofHours(8));
	}

	@Test
	void aShiftUntilMidnightRunsIntoTheNextDay() {
		BusinessClock clock = new BusinessClock(new BusinessHours(LONDON, Map.of(DayOfWeek.MONDAY,
				List.of(Shift.parse("s", "22:00-24:00")), DayOfWeek.TUESDAY, List.of(Shift.parse("s", "00:00-02:00"))),
				List.of()));
		// Monday 23:00-24:00 = 1 h and Tuesday 00:00-01:00 = 1 h
		assertThat(clock.between(london("2026-06-08T23:00"), london("2026-06-09T01:00")))
			.isEqualTo(Duration.ofHours(2));
		// Monday 23:30 + 1 h: 30 min on Monday, 30 min on Tuesday
		assertThat(clock.plus(london("2026-06-08T23:30"), Duration.ofHours(1))).isEqualTo(london("2026-06-09T00:30"));
	}

	@Test
	void givesUpWhenNoWorkingTimeEverComes() {
		// Every day of the year is a holiday: no working time at all
		List<Holiday> everyDay = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2028, 1, 1); day.getYear() == 2028; day = day.plusDays(1)) {
			everyDay.add(new Holiday("gregorian", null, day.getMonthValue(), day.getDayOfMonth(), "Closed"));
		}
		BusinessClock clock = new BusinessClock(
				new BusinessHours(LONDON, BusinessHours.defaults("en", LONDON).week(), everyDay));
		Instant start = london("2026-06-08T09:00");
		assertThatThrownBy(() -> clock.plus(start, Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class);
		assertThat(clock.between(start, start.plus(Duration.ofDays(30)))).isZero();
	}

	@Test
	void twoThousandHoursAreWalkedDayByDay() {
		// 2000 h / 8 h = 250 working days = 50 weeks of five from Monday 1 June 2026 09:00: the Friday of the
		// 50th week, 5 June 2026 + 49 weeks = Friday 14 May 2027, at 17:00 (the clocks' changes fall at night)
		BusinessClock clock = clock("en", LONDON);
		Instant start = london("2026-06-01T09:00");
		Instant due = clock.plus(start, Duration.ofHours(2_000));
		assertThat(due).isEqualTo(london("2027-05-14T17:00"));
		assertThat(clock.between(start, due)).isEqualTo(Duration.ofHours(2_000));
		// And with Nowruz in Tehran: the earliest instant that has the 2000 hours
		BusinessClock fa = clock("fa", TEHRAN);
		Instant persian = fa.plus(start, Duration.ofHours(2_000));
		assertThat(fa.between(start, persian)).isEqualTo(Duration.ofHours(2_000));
		assertThat(fa.between(start, persian.minusSeconds(1))).isLessThan(Duration.ofHours(2_000));
	}

	static BusinessClock clock(String language, ZoneId zone) {
		return new BusinessClock(BusinessHours.defaults(language, zone));
	}

	static Instant london(String local) {
		return at(local, LONDON);
	}

	static Instant at(String local, ZoneId zone) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}
}
