package io.tajriba.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	/** A clock the test moves. */
	static final class MovingClock extends Clock {

		final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}
	}

	@Test
	void aKeyGetsItsLimitPerWindowAndOthersAreNotAffected() {
		MovingClock clock = new MovingClock();
		RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
		assertThat(limiter.allow("10.0.0.1")).isTrue();
		assertThat(limiter.allow("10.0.0.1")).isTrue();
		assertThat(limiter.allow("10.0.0.1")).isTrue();
		assertThat(limiter.allow("10.0.0.1")).isFalse();
		assertThat(limiter.allow("10.0.0.2")).isTrue();
		clock.now.set(clock.now.get().plusSeconds(60));
		assertThat(limiter.allow("10.0.0.1")).isTrue();
	}
}
