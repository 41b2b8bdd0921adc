package io.tajriba.reports.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after the first, second...
 * seventh failure, each pause stretched or shrunk by up to 10% at random so that endpoints coming back are not
 * flooded at once; after the eighth failure the delivery has failed for good.
 */
public final class WebhookRetrySchedule {

	public static final List<Duration> PAUSES = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

	/** Attempts in all: the first and one per pause. */
	public static final int ATTEMPTS = PAUSES.size() + 1;

	private WebhookRetrySchedule() {
	}

	/**
	 * The next attempt after {@code attempts} have failed, the last at {@code now}; {@code random} in [0, 1) picks
	 * the jitter (0.5 none). Empty when no attempt is left.
	 */
	public static Optional<Instant> next(int attempts, Instant now, double random) {
		if (attempts < 1 || attempts > PAUSES.size()) {
			return Optional.empty();
		}
		Duration pause = PAUSES.get(attempts - 1);
		double factor = 0.9 + 0.2 * Math.min(Math.max(random, 0), 1);
		return Optional.of(now.plusMillis(Math.round(pause.toMillis() * factor)));
	}
}
