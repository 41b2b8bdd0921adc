package io.tajriba.actions.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuietHoursTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Test
	void mailWaitsUntilTheQuietHoursAreOverAcrossMidnight() {
		QuietHours night = QuietHours.parse("20:00-08:00");
		// 22:30 in Tehran (+03:30) is 19:00 UTC; the mail goes at 08:00 the next morning, 04:30 UTC
		assertThat(night.nextAllowed(Instant.parse("2026-11-30T19:00:00Z"), TEHRAN))
			.isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
		// 06:00 in Tehran: the same morning at 08:00
		assertThat(night.nextAllowed(Instant.parse("2026-12-01T02:30:00Z"), TEHRAN))
			.isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
		// 12:00: at once
		assertThat(night.nextAllowed(Instant.parse("2026-12-01T08:30:00Z"), TEHRAN))
			.isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
		QuietHours lunch = QuietHours.parse("12:00-13:00");
		assertThat(lunch.nextAllowed(Instant.parse("2026-12-01T08:45:00Z"), TEHRAN))
			.isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
	}

	@Test
	void badQuietHoursAndRootCausesNameTheirField() {
		assertThatThrownBy(() -> QuietHours.parse("late")).isInstanceOf(InvalidFieldException.class)
			.extracting("field").isEqualTo("quietHours");
		assertThat(RootCause.of("delivery", null, Set.of("delivery", "price")).theme()).isEqualTo("delivery");
		assertThatThrownBy(() -> RootCause.of("", null, Set.of())).extracting("field").isEqualTo("rootCause");
		assertThatThrownBy(() -> RootCause.of("weather", null, Set.of("price"))).extracting("field")
			.isEqualTo("rootCause");
		assertThatThrownBy(() -> RootCause.of("other", " ", Set.of())).extracting("field").isEqualTo("rootCauseNote");
	}
}
