package io.tajriba.platform;

import java.time.Duration;
import java.time.Instant;

import io.tajriba.MovingClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	@Test
	void aKeyGetsItsLimitPerWindowAndOthersAreNotAffected() {
		MovingClock clock = new MovingClock(Instant.parse("2026-11-23T10:00:00Z"));
		RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
		assertThat(limiter.allow("10.0.0.1")).isTrue();
		assertThat(limiter.allow("10.0.0.1")).isTrue();
		assertThat(limiter.allow("10.0.0.1")).isTrue();
		assertThat(limiter.allow("10.0.0.1")).isFalse();
		assertThat(limiter.allow("10.0.0.2")).isTrue();
		clock.advance(Duration.ofSeconds(60));
		assertThat(limiter.allow("10.0.0.1")).isTrue();
	}

	@Test
	void nodesAddingInStepsLetThroughAtMostAStepEachBeyondTheLimit() {
		MovingClock clock = new MovingClock(Instant.parse("2026-11-23T10:00:00Z"));
		java.util.Map<String, Long> shared = new java.util.concurrent.ConcurrentHashMap<>();
		int[] writes = {0};
		RateLimiter.Adder adder = (key, start, end, n) -> {
			writes[0]++;
			return shared.merge(key + start, (long) n, Long::sum);
		};
		RateLimiter first = new RateLimiter(1000, Duration.ofMinutes(1), clock, new RateLimiter.Stepped(10, adder));
		RateLimiter second = new RateLimiter(1000, Duration.ofMinutes(1), clock, new RateLimiter.Stepped(10, adder));
		int allowed = 0;
		for (int i = 0; i < 1500; i++) {
			if ((i % 3 == 0 ? second : first).allow("survey")) {
				allowed++;
			}
		}
		// two nodes, each holding back fewer than 10: at least the limit, at most 2 x 10 more
		assertThat(allowed).isBetween(1000, 1020);
		assertThat(writes[0]).isEqualTo(150);
		// a new window starts from nothing
		clock.advance(Duration.ofSeconds(60));
		assertThat(first.allow("survey")).isTrue();
	}
}
