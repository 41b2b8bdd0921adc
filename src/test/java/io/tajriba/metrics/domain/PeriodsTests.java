package io.tajriba.metrics.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodsTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran"); // +03:30 all year since 2022

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static Periods periods(Granularity granularity, ZoneId zone, String calendar) {
		return new Periods(granularity, zone, calendar);
	}

	@Test
	void nowruzIsTheFirstDayOfThePersianYear() {
		// 2026-03-21 00:30 in Tehran (2026-03-20T21:00Z) is 1 Farvardin 1405, a Saturday: the first day of its week
		Instant nowruz = Instant.parse("2026-03-20T21:00:00Z");
		Instant midnight = Instant.parse("2026-03-20T20:30:00Z");
		assertThat(periods(Granularity.DAY, TEHRAN, "persian").of(nowruz))
			.isEqualTo(new PeriodKey("1405-01-01", midnight, Instant.parse("2026-03-21T20:30:00Z")));
		assertThat(periods(Granularity.WEEK, TEHRAN, "persian").of(nowruz))
			.isEqualTo(new PeriodKey("1405-01-01", midnight, Instant.parse("2026-03-27T20:30:00Z")));
		// Farvardin has 31 days: 1 Ordibehesht is 2026-04-21
		assertThat(periods(Granularity.MONTH, TEHRAN, "persian").of(nowruz))
			.isEqualTo(new PeriodKey("1405-01", midnight, Instant.parse("2026-04-20T20:30:00Z")));
		// the first quarter is 3 months of 31 days: 93 days after 2026-03-21 is 2026-06-22
		assertThat(periods(Granularity.QUARTER, TEHRAN, "persian").of(nowruz))
			.isEqualTo(new PeriodKey("1405-Q1", midnight, Instant.parse("2026-06-21T20:30:00Z")));
	}

	@Test
	void theEveOfNowruzBelongsToTheOldYear() {
		// 2026-03-20 23:30 in Tehran: 29 Esfand 1404 (1404 is not a leap year), a Friday, in the week that
		// started on Saturday 23 Esfand (2026-03-14)
		Instant eve = Instant.parse("2026-03-20T20:00:00Z");
		assertThat(periods(Granularity.DAY, TEHRAN, "persian").of(eve).label()).isEqualTo("1404-12-29");
		PeriodKey week = periods(Granularity.WEEK, TEHRAN, "persian").of(eve);
		assertThat(week.label()).isEqualTo("1404-12-23");
		assertThat(week.start()).isEqualTo(Instant.parse("2026-03-13T20:30:00Z"));
		assertThat(periods(Granularity.MONTH, TEHRAN, "persian").of(eve).label()).isEqualTo("1404-12");
		assertThat(periods(Granularity.QUARTER, TEHRAN, "persian").of(eve).label()).isEqualTo("1404-Q4");
	}

	@Test
	void gregorianWeeksStartOnMonday() {
		// Saturday 2026-03-21: its ISO week started on Monday 2026-03-16
		Instant saturday = Instant.parse("2026-03-21T10:00:00Z");
		assertThat(periods(Granularity.WEEK, ZoneOffset.UTC, "gregorian").of(saturday)).isEqualTo(new PeriodKey(
				"2026-03-16", Instant.parse("2026-03-16T00:00:00Z"), Instant.parse("2026-03-23T00:00:00Z")));
		assertThat(periods(Granularity.QUARTER, ZoneOffset.UTC, "gregorian").of(saturday)).isEqualTo(new PeriodKey(
				"2026-Q1", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")));
		assertThat(periods(Granularity.DAY, ZoneOffset.UTC, "gregorian").of(saturday).label()).isEqualTo("2026-03-21");
	}

	@Test
	void theTimeZoneDecidesTheDayAndTheClockChangeIsHonoured() {
		// 2026-03-31T23:30Z is 01:30 on 1 April in Berlin (summer time, +2 since 29 March)
		PeriodKey april = periods(Granularity.MONTH, BERLIN, "gregorian").of(Instant.parse("2026-03-31T23:30:00Z"));
		assertThat(april.label()).isEqualTo("2026-04");
		assertThat(april.start()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
		assertThat(periods(Granularity.QUARTER, BERLIN, "gregorian").of(april.start()).label()).isEqualTo("2026-Q2");
		// 29 March 2026 in Berlin has 23 hours: from 00:00 +01:00 to 00:00 +02:00
		PeriodKey short_ = periods(Granularity.DAY, BERLIN, "gregorian").of(Instant.parse("2026-03-29T12:00:00Z"));
		assertThat(short_.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
		assertThat(short_.end()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
		assertThat(periods(Granularity.DAY, ZoneId.of("+03:30"), "persian").of(Instant.parse("2026-03-20T21:00:00Z"))
			.label()).isEqualTo("1405-01-01");
	}

	@Test
	void hebrewAndIslamicCalendars() {
		// 2026-03-21 is 3 Nisan 5786: Nisan is the 7th month counted from Tishri in a common year
		Instant day = Instant.parse("2026-03-21T12:00:00Z");
		assertThat(periods(Granularity.DAY, ZoneOffset.UTC, "hebrew").of(day).label()).isEqualTo("5786-07-03");
		assertThat(periods(Granularity.QUARTER, ZoneOffset.UTC, "hebrew").of(day).label()).isEqualTo("5786-Q3");
		// ... and 2 Shawwal 1447, the 10th month, in the (astronomical) Islamic calendar
		assertThat(periods(Granularity.DAY, ZoneOffset.UTC, "islamic").of(day).label()).isEqualTo("1447-10-02");
		// both start their weeks on Sunday, here 2026-03-15
		assertThat(periods(Granularity.WEEK, ZoneOffset.UTC, "hebrew").of(day).start())
			.isEqualTo(Instant.parse("2026-03-15T00:00:00Z"));
		assertThat(periods(Granularity.WEEK, ZoneOffset.UTC, "islamic").of(day).start())
			.isEqualTo(Instant.parse("2026-03-15T00:00:00Z"));
	}

	@Test
	void aHebrewLeapYearsLastQuarterHasFourMonths() {
		// 5787 is the 11th year of its 19-year cycle, a leap year with 13 months; 2027-09-30 is in Elul, its last
		Periods quarters = periods(Granularity.QUARTER, ZoneOffset.UTC, "hebrew");
		PeriodKey q4 = quarters.of(Instant.parse("2027-09-30T12:00:00Z"));
		assertThat(q4.label()).isEqualTo("5787-Q4");
		assertThat(quarters.of(q4.end()).label()).isEqualTo("5788-Q1");
		assertThat(periods(Granularity.MONTH, ZoneOffset.UTC, "hebrew").between(q4.start(), q4.end()))
			.extracting(PeriodKey::label)
			.containsExactly("5787-10", "5787-11", "5787-12", "5787-13");
	}

	@Test
	void bucketsBetweenTwoInstantsFollowEachOther() {
		var months = periods(Granularity.MONTH, ZoneOffset.UTC, "gregorian")
			.between(Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z"));
		assertThat(months).extracting(PeriodKey::label).containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
		for (int i = 1; i < months.size(); i++) {
			assertThat(months.get(i).start()).isEqualTo(months.get(i - 1).end());
		}
		// Persian quarters across Nowruz, labels sorting as text
		var quarters = periods(Granularity.QUARTER, TEHRAN, "persian")
			.between(Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));
		assertThat(quarters).extracting(PeriodKey::label).containsExactly("1404-Q3", "1404-Q4", "1405-Q1", "1405-Q2")
			.isSorted();
		assertThat(months.get(0).contains(Instant.parse("2026-01-31T23:59:59Z"))).isTrue();
		assertThat(months.get(0).contains(months.get(0).end())).isFalse();
	}

	@Test
	void firstDaysAndBadInput() {
		assertThat(Periods.firstDayOfWeek("persian")).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(Periods.firstDayOfWeek("gregorian")).isEqualTo(DayOfWeek.MONDAY);
		assertThat(periods(Granularity.DAY, ZoneOffset.UTC, " Persian ").calendar()).isEqualTo("persian");
		assertThatThrownBy(() -> periods(Granularity.DAY, ZoneOffset.UTC, "julian"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calendar");
		assertThatThrownBy(() -> periods(Granularity.DAY, ZoneOffset.UTC, "gregorian")
			.between(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than");
	}
}
