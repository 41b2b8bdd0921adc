package io.tajriba.actions.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.tajriba.actions.domain.BusinessClockTests.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shifts are wall-clock hours: a 09:00-17:00 day is still 8 hours when the clocks change at night, and a shift
 * over the change lasts as long as its start and end instants are apart.
 */
class BusinessClockDaylightSavingTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void aWeekendOverTheChangeToSummerTime() {
		// Berlin goes from 02:00 to 03:00 on Sunday 29 March 2026. Friday 27 March 16:00 + 2 h: Friday
		// 16:00-17:00 = 1 h, Monday 30 March 09:00 + 1 h = 10:00, wall clock
		BusinessClock clock = BusinessClockTests.clock("en", BERLIN);
		Instant friday = at("2026-03-27T16:00", BERLIN);
		Instant monday = clock.plus(friday, Duration.ofHours(2));
		assertThat(monday).isEqualTo(at("2026-03-30T10:00", BERLIN));
		// Friday 16:00 to Monday 10:00 is 66 h on the wall, 65 h in fact
		assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(65));
		assertThat(clock.between(friday, monday)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aWeekendOverTheChangeBackToWinterTime() {
		// Berlin goes from 03:00 back to 02:00 on Sunday 25 October 2026: Friday 23 16:00 + 2 h = Monday 26 10:00,
		// 67 h later in fact
		BusinessClock clock = BusinessClockTests.clock("en", BERLIN);
		Instant friday = at("2026-10-23T16:00", BERLIN);
		Instant monday = clock.plus(friday, Duration.ofHours(2));
		assertThat(monday).isEqualTo(at("2026-10-26T10:00", BERLIN));
		assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(67));
	}

	@Test
	void aNightShiftOnTheDayOfTheChangeIsShorterInSpringAndLongerInAutumn() {
		BusinessClock clock = sundayNights(BERLIN, "00:00-06:00");
		// 29 March: 00:00 CET (23:00 UTC on Saturday) to 06:00 CEST (04:00 UTC) = 5 h
		assertThat(clock.between(at("2026-03-29T00:00", BERLIN), at("2026-03-29T12:00", BERLIN)))
			.isEqualTo(Duration.ofHours(5));
		assertThat(clock.plus(at("2026-03-29T00:00", BERLIN), Duration.ofHours(5)))
			.isEqualTo(at("2026-03-29T06:00", BERLIN));
		// 00:00 CET + 2 h = 02:00 CET, which the wall clock shows as 03:00 CEST
		assertThat(clock.plus(at("2026-03-29T00:00", BERLIN), Duration.ofHours(2)))
			.isEqualTo(at("2026-03-29T03:00", BERLIN));
		// 25 October: 00:00 CEST (22:00 UTC on Saturday) to 06:00 CET (05:00 UTC) = 7 h
		assertThat(clock.between(at("2026-10-25T00:00", BERLIN), at("2026-10-25T12:00", BERLIN)))
			.isEqualTo(Duration.ofHours(7));
		// 22:00 UTC + 3 h = 01:00 UTC, the second time the wall clock shows 02:00
		assertThat(clock.plus(at("2026-10-25T00:00", BERLIN), Duration.ofHours(3)))
			.isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
		// An ordinary Sunday: 6 h
		assertThat(clock.between(at("2026-04-05T00:00", BERLIN), at("2026-04-05T12:00", BERLIN)))
			.isEqualTo(Duration.ofHours(6));
	}

	@Test
	void aShiftEndingOrStartingInTheSkippedHourIsCutAtTheChange() {
		// The wall clock never shows 02:30 on 29 March: 00:00-02:30 ends at the change, 02:00 CET, after 2 h
		assertThat(sundayNights(BERLIN, "00:00-02:30")
			.between(at("2026-03-29T00:00", BERLIN), at("2026-03-29T12:00", BERLIN))).isEqualTo(Duration.ofHours(2));
		// 02:15-03:30 starts at the change (01:00 UTC) and ends at 03:30 CEST (01:30 UTC): 30 min
		assertThat(sundayNights(BERLIN, "02:15-03:30")
			.between(at("2026-03-29T00:00", BERLIN), at("2026-03-29T12:00", BERLIN))).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void newYorkChangesOnTheSecondSundayOfMarch() {
		// New York goes from 02:00 to 03:00 on Sunday 8 March 2026: Friday 6 March 16:00 + 2 h = Monday 9 10:00
		BusinessClock clock = BusinessClockTests.clock("en", NEW_YORK);
		Instant friday = at("2026-03-06T16:00", NEW_YORK);
		assertThat(clock.plus(friday, Duration.ofHours(2))).isEqualTo(at("2026-03-09T10:00", NEW_YORK));
		assertThat(Duration.between(friday, at("2026-03-09T10:00", NEW_YORK))).isEqualTo(Duration.ofHours(65));
		// 00:00 EST (05:00 UTC) to 06:00 EDT (10:00 UTC) = 5 h
		assertThat(sundayNights(NEW_YORK, "00:00-06:00")
			.between(at("2026-03-08T00:00", NEW_YORK), at("2026-03-09T00:00", NEW_YORK)))
			.isEqualTo(Duration.ofHours(5));
	}

	private static BusinessClock sundayNights(ZoneId zone, String shift) {
		return new BusinessClock(
				new BusinessHours(zone, Map.of(DayOfWeek.SUNDAY, List.of(Shift.parse("s", shift))), List.of()));
	}
}
