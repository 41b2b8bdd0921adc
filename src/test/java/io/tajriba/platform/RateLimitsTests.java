package io.tajriba.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tajriba.MovingClock;
import io.tajriba.TajribaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' limiters under one name count together, in the database. */
@TajribaTest
class RateLimitsTests {

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nodesShareTheirCountsAndOldWindowsGo() {
		String name = "test-" + UUID.randomUUID();
		MovingClock clock = new MovingClock(Instant.parse("2026-11-23T10:00:00Z"));
		Duration minute = Duration.ofMinutes(1);
		// each node makes its own limiter, as each makes its own controllers
		RateLimiter first = new RateLimiter(3, minute, clock, limits.counter(name));
		RateLimiter second = new RateLimiter(3, minute, clock, limits.counter(name));
		assertThat(first.allow("198.51.100.4")).isTrue();
		assertThat(second.allow("198.51.100.4")).isTrue();
		assertThat(first.allow("198.51.100.4")).isTrue();
		assertThat(second.allow("198.51.100.4")).isFalse();
		assertThat(first.allow("198.51.100.4")).isFalse();
		assertThat(second.allow("198.51.100.5")).isTrue();

		clock.advance(minute);
		assertThat(second.allow("198.51.100.4")).isTrue();

		limits.purge(clock.instant().plusSeconds(1));
		assertThat(jdbc.sql("select count(*) from rate_limit_windows where name = :name").param("name", name)
			.query(Long.class).single()).isEqualTo(1);
		limits.purge(Instant.parse("2026-11-23T10:02:01Z"));
		assertThat(jdbc.sql("select count(*) from rate_limit_windows where name = :name").param("name", name)
			.query(Long.class).single()).isZero();
	}
}
