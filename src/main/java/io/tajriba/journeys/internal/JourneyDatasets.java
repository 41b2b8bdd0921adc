package io.tajriba.journeys.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.personas.Persona;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The interactions a journey's analysis reads, kept for a short while so that views of the same journey (another
 * period, persona or channel) do not stream every interaction of the workspace again, and loaded once when several
 * views ask at the same moment. Kept: the few most recently used journeys, for {@code tajriba.journeys.dataset-ttl}
 * (a minute): the figures follow new interactions within that time, and a channel made online or offline at once.
 */
@Component
class JourneyDatasets {

	static final int KEPT = 4;

	private record Key(UUID workspaceId, UUID journeyId) {
	}

	private record Entry(JourneyMap map, List<Persona> personas, Instant loaded, JourneyDataset dataset) {
	}

	private final JourneyData data;

	private final Clock clock;

	private final Duration ttl;

	private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

	private final Map<Key, ReentrantLock> loading = new ConcurrentHashMap<>();

	JourneyDatasets(JourneyData data, Clock clock, @Value("${tajriba.journeys.dataset-ttl:60s}") Duration ttl) {
		this.data = data;
		this.clock = clock;
		this.ttl = ttl;
	}

	JourneyDataset get(UUID workspaceId, UUID journeyId, JourneyMap map, List<Persona> personas) {
		Key key = new Key(workspaceId, journeyId);
		ReentrantLock lock = loading.computeIfAbsent(key, k -> new ReentrantLock());
		lock.lock();
		try {
			Entry kept = kept(key, map, personas, data.onlineChannels(workspaceId));
			if (kept != null) {
				return kept.dataset();
			}
			JourneyDataset dataset = data.load(workspaceId, map, personas, null);
			synchronized (entries) {
				entries.put(key, new Entry(map, personas, clock.instant(), dataset));
				while (entries.size() > KEPT) {
					entries.remove(entries.keySet().iterator().next());
				}
			}
			return dataset;
		}
		finally {
			lock.unlock();
		}
	}

	private Entry kept(Key key, JourneyMap map, List<Persona> personas, Set<String> onlineChannels) {
		synchronized (entries) {
			Entry entry = entries.get(key);
			if (entry == null || !entry.map().equals(map) || !entry.personas().equals(personas)
					|| !entry.dataset().onlineChannels.equals(onlineChannels)
					|| !entry.loaded().plus(ttl).isAfter(clock.instant())) {
				return null;
			}
			return entry;
		}
	}
}
