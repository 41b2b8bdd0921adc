package io.tajriba.journeys.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.personas.Persona;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The interactions a journey's analysis reads, kept so that views of the same journey (another period, persona or
 * channel) do not stream every interaction of the workspace again, and loaded once when several views ask at the
 * same moment. Kept: the few most recently used journeys.
 * <p>
 * A kept dataset is read again once it is older than {@code tajriba.journeys.dataset-ttl} (a minute). A small one
 * is read again before the view is answered, so the figures follow new interactions within that time. A big one
 * (at least {@code tajriba.journeys.background-from} interactions) takes seconds to read: the view is answered from
 * the kept one, which says when it was read ({@link Kept#asOf}), while it is read again in the background, and only
 * if the workspace received interactions since (or it is ten times the TTL old, for merged customers and changed
 * personas). A change of the map, the personas or a channel's kind reads it again at once, whatever its size.
 */
@Component
class JourneyDatasets {

	private static final Logger log = LoggerFactory.getLogger(JourneyDatasets.class);

	static final int KEPT = 4;

	/** A dataset and when its interactions were read. */
	record Kept(JourneyDataset dataset, Instant asOf) {
	}

	private record Key(UUID workspaceId, UUID journeyId) {
	}

	private record Entry(JourneyMap map, List<Persona> personas, Instant loaded, Optional<Instant> lastReceived,
			JourneyDataset dataset) {

		Kept kept() {
			return new Kept(dataset, loaded);
		}

		boolean readWithin(Duration age, Instant now) {
			return loaded.plus(age).isAfter(now);
		}
	}

	private final JourneyData data;

	private final Clock clock;

	private final Duration ttl;

	private final long backgroundFrom;

	private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

	private final Map<Key, ReentrantLock> loading = new ConcurrentHashMap<>();

	private final Set<Key> refreshing = ConcurrentHashMap.newKeySet();

	private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform()
		.name("journey-datasets").daemon().factory());

	JourneyDatasets(JourneyData data, Clock clock, @Value("${tajriba.journeys.dataset-ttl:60s}") Duration ttl,
			@Value("${tajriba.journeys.background-from:1000000}") long backgroundFrom) {
		this.data = data;
		this.clock = clock;
		this.ttl = ttl;
		this.backgroundFrom = backgroundFrom;
	}

	Kept get(UUID workspaceId, UUID journeyId, JourneyMap map, List<Persona> personas) {
		Key key = new Key(workspaceId, journeyId);
		Set<String> online = data.onlineChannels(workspaceId);
		Entry entry = current(key, map, personas, online);
		Instant now = clock.instant();
		if (entry != null && usable(entry, now)) {
			if (!entry.readWithin(ttl, now)) {
				refreshInBackground(key, entry, now);
			}
			return entry.kept();
		}
		ReentrantLock lock = loading.computeIfAbsent(key, k -> new ReentrantLock());
		lock.lock();
		try {
			Entry loaded = current(key, map, personas, online);
			if (loaded != null && usable(loaded, clock.instant())) {
				return loaded.kept();  // read by another view while this one waited
			}
			return load(key, map, personas).kept();
		}
		finally {
			lock.unlock();
		}
	}

	/** Whether a kept dataset may answer a view: read within the TTL, or big (and then read again meanwhile). */
	private boolean usable(Entry entry, Instant now) {
		return entry.readWithin(ttl, now) || entry.dataset().events.size() >= backgroundFrom;
	}

	private Entry load(Key key, JourneyMap map, List<Persona> personas) {
		Instant loaded = clock.instant();
		Optional<Instant> lastReceived = data.lastReceived(key.workspaceId());
		Entry entry = new Entry(map, personas, loaded, lastReceived, data.load(key.workspaceId(), map, personas, null));
		synchronized (entries) {
			entries.put(key, entry);
			while (entries.size() > KEPT) {
				entries.remove(entries.keySet().iterator().next());
			}
		}
		return entry;
	}

	/** Reads a big dataset again in the background if the workspace received interactions since it was read. */
	private void refreshInBackground(Key key, Entry entry, Instant now) {
		if (!refreshing.add(key)) {
			return;
		}
		background.execute(() -> {
			try {
				if (!entry.readWithin(ttl.multipliedBy(10), now) || !data.lastReceived(key.workspaceId()).equals(entry.lastReceived())) {
					load(key, entry.map(), entry.personas());
				}
				else {
					renew(key, entry, now);
				}
			}
			catch (RuntimeException e) {
				log.warn("Reading the interactions of journey {} again failed; the kept ones stay", key.journeyId(), e);
			}
			finally {
				refreshing.remove(key);
			}
		});
	}

	/** Nothing arrived since the dataset was read: it is as current as a new read, and counts as read now. */
	private void renew(Key key, Entry entry, Instant now) {
		synchronized (entries) {
			if (entries.get(key) == entry) {
				entries.put(key, new Entry(entry.map(), entry.personas(), now, entry.lastReceived(), entry.dataset()));
			}
		}
	}

	private Entry current(Key key, JourneyMap map, List<Persona> personas, Set<String> onlineChannels) {
		synchronized (entries) {
			Entry entry = entries.get(key);
			if (entry == null || !entry.map().equals(map) || !entry.personas().equals(personas)
					|| !entry.dataset().onlineChannels.equals(onlineChannels)) {
				return null;
			}
			return entry;
		}
	}

	/** Waits until the background reads asked for so far are done. */
	void awaitBackground() throws InterruptedException, java.util.concurrent.ExecutionException {
		background.submit(() -> { }).get();
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}
}
