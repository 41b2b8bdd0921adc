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

	/** Adds {@code n} requests to a key's count in a window; the count after them. */
	interface Adder {
		long add(String key, Instant start, Instant end, int n);
	}

	/**
	 * Adds to another count {@code step} requests at a time, counting those in between here: the count it answers
	 * is the other's count as last seen plus the requests held back.
	 */
	static final class Stepped implements Counter {

		private static final class Slot {
			final Instant start;
			long seen;
			int held;

			Slot(Instant start) {
				this.start = start;
			}
		}

		private final int step;
		private final Adder adder;
		private final Map<String, Slot> slots = new ConcurrentHashMap<>();
		private volatile Instant lastSweep = Instant.EPOCH;

		Stepped(int step, Adder adder) {
			this.step = step;
			this.adder = adder;
		}

		@Override
		public long add(String key, Instant start, Instant end) {
			if (!start.equals(lastSweep)) {
				lastSweep = start;
				slots.values().removeIf(s -> s.start.isBefore(start));
			}
			Slot slot = slots.compute(key, (k, s) -> s == null || !s.start.equals(start) ? new Slot(start) : s);
			synchronized (slot) {
				slot.held++;
				if (slot.held < step) {
					return slot.seen + slot.held;
				}
				slot.seen = adder.add(key, start, end, slot.held);
				slot.held = 0;
				return slot.seen;
			}
		}
	}
}
