package io.tajriba.interactions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.tajriba.interactions.Purchasers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A period's purchasers, kept while the workspace receives no interaction: counting repeat buyers groups every
 * purchase of the period by customer (a second on a big company), and the overview asks for it on every view.
 * An entry is used only while the workspace's last received interaction is the one it was counted after, and for
 * at most {@link #MAX_AGE}; a merge of customers drops the workspace's entries on this node at once (and on the
 * others within that age).
 */
@Component
public class PurchaserCache {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	static final int SIZE = 256;

	public record Key(UUID workspaceId, Instant from, Instant to, @Nullable String channel, @Nullable String touchpoint) {
	}

	private record Counted(Optional<Instant> lastReceived, Instant counted, Purchasers purchasers) {
	}

	private final Clock clock;

	private final Map<Key, Counted> entries = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
			return size() > SIZE;
		}
	};

	PurchaserCache(Clock clock) {
		this.clock = clock;
	}

	public Purchasers get(Key key, Optional<Instant> lastReceived, Supplier<Purchasers> count) {
		Instant now = clock.instant();
		synchronized (entries) {
			Counted entry = entries.get(key);
			if (entry != null && entry.lastReceived().equals(lastReceived) && entry.counted().plus(MAX_AGE).isAfter(now)
					&& !entry.counted().isAfter(now)) {
				return entry.purchasers();
			}
		}
		Purchasers purchasers = count.get();
		synchronized (entries) {
			entries.put(key, new Counted(lastReceived, now, purchasers));
		}
		return purchasers;
	}

	void forget(UUID workspaceId) {
		synchronized (entries) {
			entries.keySet().removeIf(key -> key.workspaceId().equals(workspaceId));
		}
	}
}
