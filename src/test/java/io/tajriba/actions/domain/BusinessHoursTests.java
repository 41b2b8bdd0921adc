package io.tajriba.actions.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessHoursTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Test
	void persianWorkspacesWorkSaturdayToWednesdayAndAShortThursday() {
		BusinessHours hours = BusinessHours.defaults("fa", TEHRAN);
		assertThat(hours.week()).containsOnlyKeys(SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
		assertThat(hours.week().get(SATURDAY)).containsExactly(Shift.parse("s", "08:00-16:00"));
		assertThat(hours.week().get(THURSDAY)).containsExactly(Shift.parse("s", "08:00-12:00"));
		assertThat(hours.holidays()).extracting(Holiday::toString).containsExactly("01-01", "01-02", "01-03", "01-04");
		assertThat(hours.holidays()).extracting(Holiday::name).allMatch(name -> name.startsWith("Nowruz"));
		assertThat(BusinessHours.defaults("fa-IR", TEHRAN)).isEqualTo(hours);
	}

	@Test
	void arabicAndHebrewWorkspacesWorkSundayToThursdayAndTheRestMondayToFriday() {
		for (String language : List.of("ar", "he")) {
			assertThat(BusinessHours.defaults(language, TEHRAN).week()).as(language)
				.containsOnlyKeys(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
		}
		for (String language : List.of("en", "de", "", "-")) {
			BusinessHours hours = BusinessHours.defaults(language, TEHRAN);
			assertThat(hours.week()).as(language).containsOnlyKeys(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
			assertThat(hours.week().get(FRIDAY)).containsExactly(Shift.parse("s", "09:00-17:00"));
			assertThat(hours.holidays()).isEmpty();
		}
	}

	@Test
	void aWorkingDayIsAWeekdayWithShiftsThatIsNoHoliday() {
		BusinessHours hours = BusinessHours.defaults("fa", TEHRAN);
		// Friday 20 March 2026 is the weekend; Saturday 21 to Tuesday 24 are 1-4 Farvardin 1405
		assertThat(hours.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();
		for (int day = 21; day <= 24; day++) {
			assertThat(hours.isWorkingDay(LocalDate.of(2026, 3, day))).as("March %d", day).isFalse();
		}
		assertThat(hours.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
		assertThat(hours.shiftsOn(LocalDate.of(2026, 3, 26))).containsExactly(Shift.parse("s", "08:00-12:00"));
		assertThat(hours.shiftsOn(LocalDate.of(2026, 3, 21))).isEmpty();
	}

	@Test
	void holidaysAreFoundOverManyYears() {
		// More years than are remembered at once, so the earliest ones are worked out again
		BusinessHours hours = BusinessHours.defaults("fa", TEHRAN);
		Holiday nowruz = hours.holidays().getFirst();
		for (int year = 1950; year < 2100; year++) {
			LocalDate first = nowruz.occurrencesBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
				.getFirst();
			assertThat(first.getMonthValue()).isEqualTo(3);
			for (int day = 0; day < 4; day++) {
				assertThat(hours.isWorkingDay(first.plusDays(day))).as("%s + %d", first, day).isFalse();
			}
			assertThat(hours.isWorkingDay(first.plusDays(4))).isEqualTo(first.plusDays(4).getDayOfWeek() != FRIDAY);
		}
	}

	@Test
	void shiftsAreKeptInOrderAndMayTouch() {
		BusinessHours hours = new BusinessHours(TEHRAN, Map.of(MONDAY, List.of(Shift.parse("s", "13:00-17:00"),
				Shift.parse("s", "08:00-12:00"), Shift.parse("s", "12:00-13:00"))), List.of());
		assertThat(hours.week().get(MONDAY)).extracting(Shift::toString)
			.containsExactly("08:00-12:00", "12:00-13:00", "13:00-17:00");
	}

	@Test
	void overlappingShiftsAreRefused() {
		assertWeekRefused(Map.of(MONDAY, List.of(Shift.parse("s", "08:00-12:00"), Shift.parse("s", "11:00-13:00"))));
		assertWeekRefused(Map.of(MONDAY, List.of(Shift.parse("s", "23:00-23:30"), Shift.parse("s", "22:00-24:00"))));
	}

	@Test
	void atLeastOneWorkingDayAndAtMostFourShiftsADay() {
		assertWeekRefused(Map.of());
		assertWeekRefused(Map.of(MONDAY, List.of()));
		List<Shift> five = new ArrayList<>();
		for (int hour = 8; hour < 18; hour += 2) {
			five.add(new Shift(LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0)));
		}
		assertWeekRefused(Map.of(MONDAY, five));
		assertThat(new BusinessHours(TEHRAN, Map.of(MONDAY, five.subList(0, 4)), List.of()).week().get(MONDAY))
			.hasSize(4);
	}

	@Test
	void atMostFourHundredHolidays() {
		List<Holiday> holidays = new ArrayList<>();
		for (int i = 0; i < 401; i++) {
			holidays.add(new Holiday("gregorian", 2000 + i, 1, 1, "New Year"));
		}
		Map<DayOfWeek, List<Shift>> week = Map.of(MONDAY, List.of(Shift.parse("s", "09:00-17:00")));
		assertThatThrownBy(() -> new BusinessHours(TEHRAN, week, holidays))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("holidays"));
		assertThat(new BusinessHours(TEHRAN, week, holidays.subList(0, 400)).holidays()).hasSize(400);
	}

	@Test
	void isAnImmutableCopyAndEqualByValue() {
		Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
		List<Shift> monday = new ArrayList<>(List.of(Shift.parse("s", "09:00-17:00")));
		week.put(MONDAY, monday);
		List<Holiday> holidays = new ArrayList<>(List.of(Holiday.parse("d", "gregorian", "01-01", "New Year")));
		BusinessHours hours = new BusinessHours(TEHRAN, week, holidays);
		week.put(TUESDAY, monday);
		monday.add(Shift.parse("s", "18:00-19:00"));
		holidays.clear();
		assertThat(hours.week()).containsOnlyKeys(MONDAY);
		assertThat(hours.week().get(MONDAY)).hasSize(1);
		assertThat(hours.holidays()).hasSize(1);
		assertThatThrownBy(() -> hours.week().put(FRIDAY, List.of())).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> hours.holidays().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThat(hours.holidays()).isEqualTo(List.of(Holiday.parse("d", "gregorian", "01-01", "New Year")));
		BusinessHours same = new BusinessHours(TEHRAN, Map.of(MONDAY, List.of(Shift.parse("s", "09:00-17:00"))),
				List.of(Holiday.parse("d", "gregorian", "01-01", "New Year")));
		assertThat(same).isEqualTo(hours).hasSameHashCodeAs(hours);
	}

	private static void assertWeekRefused(Map<DayOfWeek, List<Shift>> week) {
		assertThatThrownBy(() -> new BusinessHours(TEHRAN, week, List.of()))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("week"));
	}
}
