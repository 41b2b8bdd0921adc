package io.tajriba.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.reports.domain.ReportSchedule;
import io.tajriba.reports.domain.ReportSchedule.Frequency;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportScheduleTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	// Thursday 3 December 2026, 10:00 in Tehran (+03:30)
	static final Instant THURSDAY = Instant.parse("2026-12-03T06:30:00Z");

	@Test
	void persianWeeksStartOnSaturday() {
		Instant next = ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.PERSIAN, Frequency.WEEKLY, 8);
		assertThat(next).isEqualTo(Instant.parse("2026-12-05T04:30:00Z"));
		assertThat(next.atZone(TEHRAN).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		// at the due instant itself the next one is a week later
		assertThat(ReportSchedule.next(next, TEHRAN, CalendarSystem.PERSIAN, Frequency.WEEKLY, 8))
			.isEqualTo(Instant.parse("2026-12-12T04:30:00Z"));
	}

	@Test
	void gregorianWeeksStartOnMondayAndHebrewOnSunday() {
		assertThat(ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.GREGORIAN, Frequency.WEEKLY, 8)
			.atZone(TEHRAN).toLocalDate()).hasToString("2026-12-07");
		assertThat(ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.HEBREW, Frequency.WEEKLY, 8)
			.atZone(TEHRAN).toLocalDate()).hasToString("2026-12-06");
	}

	@Test
	void persianMonthsStartOnTheFirstOfTheSolarHijriMonth() {
		// 1 Dey 1405 is 22 December 2026; 1 Bahman 1405 is 21 January 2027
		Instant next = ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.PERSIAN, Frequency.MONTHLY, 9);
		assertThat(next).isEqualTo(Instant.parse("2026-12-22T05:30:00Z"));
		assertThat(ReportSchedule.next(next, TEHRAN, CalendarSystem.PERSIAN, Frequency.MONTHLY, 9)
			.atZone(TEHRAN).toLocalDate()).hasToString("2027-01-21");
		// the Persian new year, 1 Farvardin 1406, is 21 March 2027
		assertThat(ReportSchedule.next(Instant.parse("2027-03-01T00:00:00Z"), TEHRAN, CalendarSystem.PERSIAN,
				Frequency.MONTHLY, 9).atZone(TEHRAN).toLocalDate()).hasToString("2027-03-21");
	}

	@Test
	void gregorianMonthsAndDays() {
		assertThat(ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.GREGORIAN, Frequency.MONTHLY, 9)
			.atZone(TEHRAN).toLocalDate()).hasToString("2027-01-01");
		// 10:00 has passed today: daily at 9 is tomorrow, at 11 today
		assertThat(ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.GREGORIAN, Frequency.DAILY, 9))
			.isEqualTo(Instant.parse("2026-12-04T05:30:00Z"));
		assertThat(ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.GREGORIAN, Frequency.DAILY, 11))
			.isEqualTo(Instant.parse("2026-12-03T07:30:00Z"));
	}

	@Test
	void badInputNamesTheField() {
		assertThatThrownBy(() -> ReportSchedule.next(THURSDAY, TEHRAN, CalendarSystem.PERSIAN, Frequency.DAILY, 24))
			.isInstanceOf(InvalidFieldException.class).hasMessageContaining("23");
		assertThatThrownBy(() -> Frequency.of("frequency", "hourly")).isInstanceOf(InvalidFieldException.class);
	}
}
