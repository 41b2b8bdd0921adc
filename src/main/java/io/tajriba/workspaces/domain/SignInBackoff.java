package io.tajriba.workspaces.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (a client address, an e-mail address): the first {@code freeFailures} cost nothing, each
 * one after that makes the next attempt wait twice as long as the last, from {@code firstWait} up to
 * {@code maxWait}. A key quiet for {@code forgetAfter} starts afresh. At most {@code maxKeys} keys are kept, the
 * least recently failed forgotten first, so a flood of made-up addresses cannot exhaust the memory.
 */
public final class SignInBackoff {

	private record Failures(int count, Instant last) {
	}

	private final int freeFailures;
	private final Duration firstWait;
	private final Duration maxWait;
	private final Duration forgetAfter;
	private final Map<String, Failures> failures;

	public SignInBackoff(int freeFailures, Duration firstWait, Duration maxWait, Duration forgetAfter, int maxKeys) {
		if (freeFailures < 1 || firstWait.isNegative() || maxWait.compareTo(firstWait) < 0
				|| forgetAfter.compareTo(maxWait) < 0 || maxKeys < 1) {
			throw new IllegalArgumentException(
					"a backoff needs free failures, a first wait up to a longest one, forgetting after that, keys");
		}
		this.freeFailures = freeFailures;
		this.firstWait = firstWait;
		this.maxWait = maxWait;
		this.forgetAfter = forgetAfter;
		this.failures = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
				return size() > maxKeys;
			}
		};
	}

	/** How long the key must still wait before its next attempt, or empty when it may try now. */
	public synchronized Optional<Duration> waitFor(String key, Instant now) {
		Failures f = failures.get(key);
		if (f == null || f.count() < freeFailures) {
			return Optional.empty();
		}
		Instant allowed = f.last().plus(waitAfter(f.count()));
		return now.isBefore(allowed) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
	}

	public synchronized void failed(String key, Instant now) {
		Failures f = failures.get(key);
		int count = f == null || !now.isBefore(f.last().plus(forgetAfter)) ? 1 : f.count() + 1;
		failures.put(key, new Failures(count, now));
	}

	public synchronized void succeeded(String key) {
		failures.remove(key);
	}

	/** The wait after the n-th failure (n at least freeFailures): doubling, capped. */
	Duration waitAfter(int count) {
		int doublings = Math.min(count - freeFailures, 30);
		Duration wait = firstWait.multipliedBy(1L << doublings);
		return wait.compareTo(maxWait) > 0 ? maxWait : wait;
	}
}
