package io.tajriba.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key (an address, a survey) in fixed windows and says when a key has used up its window. Where
 * the counts live is the counter's business: in this node's memory, or shared by all nodes ({@link RateLimits}).
 */
public final class RateLimiter {

	/** Adds one request to a key's count in the window from {@code start} to {@code end}; the count after it. */
	public interface Counter {
		long add(String key, Instant start, Instant end);
	}

	private final int limit;
	private final Duration window;
	private final Clock clock;
	private final Counter counter;

	/** A limiter that counts in this node's memory. */
	public RateLimiter(int limit, Duration window, Clock clock) {
		this(limit, window, clock, new InMemory());
	}

	public RateLimiter(int limit, Duration window, Clock clock, Counter counter) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a rate limit needs a positive count and window");
		}
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.counter = counter;
	}

	/** Counts one request for the key; false if the key has already had its {@code limit} in this window. */
	public boolean allow(String key) {
		long millis = window.toMillis();
		Instant start = Instant.ofEpochMilli(clock.instant().toEpochMilli() / millis * millis);
		return counter.add(key, start, start.plus(window)) <= limit;
	}

	/** Counts in memory; old windows are dropped as new ones start. */
	static final class InMemory implements Counter {

		private record Window(Instant start, long count) {
		}

		private final Map<String, Window> windows = new ConcurrentHashMap<>();
		private volatile Instant lastSweep = Instant.EPOCH;

		@Override
		public long add(String key, Instant start, Instant end) {
			if (!start.equals(lastSweep)) {
				lastSweep = start;
				windows.values().removeIf(w -> w.start().isBefore(start));
			}
			return windows.merge(key, new Window(start, 1),
					(old, one) -> old.start().equals(start) ? new Window(start, old.count() + 1) : one).count();
		}
	}
}
