package io.tajriba.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rate limits that hold for the whole cluster: every node adds to the same count in PostgreSQL (in an unlogged
 * table, as counts need not survive a crash), so N nodes behind a load balancer allow what one would. A node adds
 * its requests in steps of a hundredth of the limit (one statement a request for limits under 200): each node may
 * hold back less than a step, so N nodes let through at most N steps more than the limit. Should the database not
 * answer, the node counts on its own until it does.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A limiter whose counts, under this name, are shared by every node. */
	public RateLimiter shared(String name, int limit, Duration window) {
		return new RateLimiter(limit, window, clock, counter(name, Math.max(1, limit / 100)));
	}

	/** The shared counts under this name, every request added at once. */
	public RateLimiter.Counter counter(String name) {
		return counter(name, 1);
	}

	/** The shared counts under this name, this node's requests added {@code step} at a time. */
	RateLimiter.Counter counter(String name, int step) {
		RateLimiter.Counter local = new RateLimiter.InMemory();
		return new RateLimiter.Stepped(step, (key, start, end, n) -> {
			try {
				return jdbc.sql("""
						insert into rate_limit_windows (name, key, window_start, expires_at, count)
						values (:name, :key, :start, :end, :n)
						on conflict (name, key, window_start) do update set count = rate_limit_windows.count + :n
						returning count""")
					.param("name", name).param("key", key).param("start", start.atOffset(ZoneOffset.UTC))
					.param("end", end.atOffset(ZoneOffset.UTC)).param("n", n).query(Long.class).single();
			}
			catch (DataAccessException e) {
				log.warn("Rate limit '{}' counted on this node alone: {}", name, e.getMessage());
				long counted = 0;
				for (int i = 0; i < n; i++) {
					counted = local.add(key, start, end);
				}
				return counted;
			}
		});
	}

	/** Drops the windows that are over. */
	public int purge(Instant now) {
		return jdbc.sql("delete from rate_limit_windows where expires_at < :now")
			.param("now", now.atOffset(ZoneOffset.UTC)).update();
	}
}
