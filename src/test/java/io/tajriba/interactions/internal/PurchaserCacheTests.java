package io.tajriba.interactions.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.tajriba.MovingClock;
import io.tajriba.interactions.Purchasers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaserCacheTests {

	final Instant start = Instant.parse("2026-11-01T00:00:00Z");
	final AtomicInteger counts = new AtomicInteger();

	Purchasers count() {
		return new Purchasers(counts.incrementAndGet(), 0);
	}

	@Test
	void keptWhileNothingIsReceivedForAtMostItsAgeAndForgottenOnAMerge() {
		MovingClock clock = new MovingClock(start);
		PurchaserCache cache = new PurchaserCache(clock);
		UUID workspace = UUID.randomUUID();
		var key = new PurchaserCache.Key(workspace, start.minusSeconds(86_400), start, null, null);
		Optional<Instant> received = Optional.of(start.minusSeconds(5));
		assertThat(cache.get(key, received, this::count).buyers()).isEqualTo(1);
		assertThat(cache.get(key, received, this::count).buyers()).as("nothing received since").isEqualTo(1);
		var other = new PurchaserCache.Key(UUID.randomUUID(), key.from(), key.to(), null, null);
		assertThat(cache.get(other, received, this::count).buyers()).as("another workspace").isEqualTo(2);
		assertThat(cache.get(key, Optional.of(start), this::count).buyers()).as("an interaction arrived").isEqualTo(3);
		cache.forget(workspace);
		assertThat(cache.get(key, Optional.of(start), this::count).buyers()).as("customers merged").isEqualTo(4);
		assertThat(cache.get(other, received, this::count).buyers()).as("the other workspace kept").isEqualTo(2);
		clock.advance(PurchaserCache.MAX_AGE);
		assertThat(cache.get(key, Optional.of(start), this::count).buyers()).as("too old").isEqualTo(5);
	}
}
