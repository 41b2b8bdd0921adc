package io.tajriba;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock in UTC that a test moves by hand; safe to read from other threads. */
public final class MovingClock extends Clock {

	private final AtomicReference<Instant> now;

	public MovingClock(Instant start) {
		now = new AtomicReference<>(start);
	}

	public void advance(Duration by) {
		now.updateAndGet(at -> at.plus(by));
	}

	public void set(Instant at) {
		now.set(at);
	}

	@Override
	public ZoneOffset getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now.get();
	}
}
