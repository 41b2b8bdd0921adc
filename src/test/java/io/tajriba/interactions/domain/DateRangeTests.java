package io.tajriba.interactions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateRangeTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Test
	void withoutEndsItIsTheLastThirtyDays() {
		DateRange range = DateRange.of(null, null, TODAY);
		assertThat(range.from()).isEqualTo(LocalDate.of(2026, 2, 19));
		assertThat(range.to()).isEqualTo(TODAY);
	}

	@Test
	void oneEndGivenKeepsItAndFillsTheOther() {
		assertThat(DateRange.of(LocalDate.of(2026, 1, 1), null, TODAY).to()).isEqualTo(TODAY);
		assertThat(DateRange.of(null, LocalDate.of(2026, 1, 31), TODAY).from()).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(DateRange.of(LocalDate.of(2026, 4, 1), null, TODAY).to()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void bothEndsAreWholeDaysOfTheWorkspaceZone() {
		DateRange range = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), TODAY);
		ZoneId tehran = ZoneId.of("Asia/Tehran");
		assertThat(range.start(tehran)).isEqualTo(Instant.parse("2026-02-28T20:30:00Z"));
		assertThat(range.end(tehran)).isEqualTo(Instant.parse("2026-03-01T20:30:00Z"));
	}

	@Test
	void theEndMustNotComeBeforeTheStart() {
		assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), TODAY))
			.isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("to");
	}
}
