package io.tajriba.reports.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookRetryTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void theScheduleWithoutJitterThenFailedForGood() {
		assertThat(WebhookRetrySchedule.next(1, NOW, 0.5)).contains(NOW.plusSeconds(5));
		assertThat(WebhookRetrySchedule.next(2, NOW, 0.5)).contains(NOW.plus(Duration.ofMinutes(5)));
		assertThat(WebhookRetrySchedule.next(3, NOW, 0.5)).contains(NOW.plus(Duration.ofMinutes(30)));
		assertThat(WebhookRetrySchedule.next(4, NOW, 0.5)).contains(NOW.plus(Duration.ofHours(2)));
		assertThat(WebhookRetrySchedule.next(5, NOW, 0.5)).contains(NOW.plus(Duration.ofHours(5)));
		assertThat(WebhookRetrySchedule.next(6, NOW, 0.5)).contains(NOW.plus(Duration.ofHours(10)));
		assertThat(WebhookRetrySchedule.next(7, NOW, 0.5)).contains(NOW.plus(Duration.ofHours(10)));
		assertThat(WebhookRetrySchedule.next(8, NOW, 0.5)).isEmpty();
		assertThat(WebhookRetrySchedule.ATTEMPTS).isEqualTo(8);
	}

	@Test
	void jitterStaysWithinTenPercent() {
		assertThat(WebhookRetrySchedule.next(2, NOW, 0)).contains(NOW.plusSeconds(270));
		assertThat(WebhookRetrySchedule.next(2, NOW, 0.999999)).hasValueSatisfying(
				at -> assertThat(at).isBetween(NOW.plusSeconds(329), NOW.plusSeconds(330)));
	}

	@Test
	void retryAfterInSecondsOrAsAnHttpDate() {
		assertThat(WebhookRetryAfter.parse("120", NOW)).contains(NOW.plusSeconds(120));
		assertThat(WebhookRetryAfter.parse(" 0 ", NOW)).contains(NOW);
		assertThat(WebhookRetryAfter.parse("Tue, 01 Dec 2026 10:30:00 GMT", NOW))
			.contains(Instant.parse("2026-12-01T10:30:00Z"));
		assertThat(WebhookRetryAfter.parse("Tue, 01 Dec 2026 09:30:00 GMT", NOW)).contains(NOW);
	}

	@Test
	void nonsenseAndPausesBeyondADayAreIgnored() {
		assertThat(WebhookRetryAfter.parse(null, NOW)).isEmpty();
		assertThat(WebhookRetryAfter.parse("", NOW)).isEmpty();
		assertThat(WebhookRetryAfter.parse("soon", NOW)).isEmpty();
		assertThat(WebhookRetryAfter.parse("-5", NOW)).isEmpty();
		assertThat(WebhookRetryAfter.parse("99999999999999", NOW)).isEmpty();
		assertThat(WebhookRetryAfter.parse("172800", NOW)).isEmpty();
	}
}
