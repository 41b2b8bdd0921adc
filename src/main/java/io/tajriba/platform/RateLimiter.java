package io.tajriba.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key (an address, a survey) in fixed windows and says when a key has used up its window. Kept
 * in memory, so each node counts on its own; old windows are dropped as new ones start.
 */
public final class RateLimiter {

	private record Window(long start, int count) {
	}

	private final int limit;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();
	private volatile long lastSweep;

	public RateLimiter(int limit, Duration window, Clock clock) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a rate limit needs a positive count and window");
		}
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts one request for the key; false if the key has already had its {@code limit} in this window. */
	public boolean allow(String key) {
		long start = windowStart(clock.instant());
		sweep(start);
		Window after = windows.merge(key, new Window(start, 1),
				(old, one) -> old.start() == start ? new Window(start, old.count() + 1) : one);
		return after.count() <= limit;
	}

	private long windowStart(Instant now) {
		long millis = window.toMillis();
		return now.toEpochMilli() / millis * millis;
	}

	private void sweep(long start) {
		if (start != lastSweep) {
			lastSweep = start;
			windows.values().removeIf(w -> w.start() < start);
		}
	}
}
