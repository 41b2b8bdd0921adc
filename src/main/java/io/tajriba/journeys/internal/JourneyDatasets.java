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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.personas.Persona;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
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
 * personas). A change of the map or of a channel's kind reads it again at once, whatever its size; a change of
 * the personas too, except for a big one, read again in the background meanwhile.
 * <p>
 * Reads run on the component's own threads, under the background jobs' statement timeout: ten million rows take
 * longer than one query of a request may run. A view waits for the read as long as it says ({@link #get(UUID,
 * UUID, JourneyMap, List, Duration)}); past that it is told the journey is being prepared, and the read goes on for
 * the next view. Views asking at the same moment share one read.
 */
@Component
class JourneyDatasets {

	private static final Logger log = LoggerFactory.getLogger(JourneyDatasets.class);

	static final int KEPT = 4;

	/** A dataset, when its interactions were read, and the personas its customers are coded by (in list order). */
	record Kept(JourneyDataset dataset, Instant asOf, List<Persona> personas) {
	}

	private record Key(UUID workspaceId, UUID journeyId) {
	}

	/** One read: of a journey, for its map, personas and online channels as the view saw them. */
	private record Load(Key key, JourneyMap map, List<Persona> personas, Set<String> onlineChannels) {
	}

	private record Entry(JourneyMap map, List<Persona> personas, Instant loaded, Optional<Instant> lastReceived,
			JourneyDataset dataset) {

		Kept kept() {
			return new Kept(dataset, loaded, personas);
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

	private final Map<Load, CompletableFuture<Entry>> loading = new ConcurrentHashMap<>();

	/** Two reads at once at most: each holds its rows in memory until kept. */
	private final ExecutorService loader = Executors.newFixedThreadPool(2, Thread.ofPlatform()
		.name("journey-reads-", 1).daemon().factory());

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

	/** The journey's dataset, waiting for it to be read as long as that takes. */
	Kept get(UUID workspaceId, UUID journeyId, JourneyMap map, List<Persona> personas) {
		return get(workspaceId, journeyId, map, personas, null);
	}

	/**
	 * The journey's dataset, waiting at most {@code wait} (null: as long as it takes) for it to be read; past that
	 * {@link JourneyPreparing} is thrown and the read goes on.
	 */
	Kept get(UUID workspaceId, UUID journeyId, JourneyMap map, List<Persona> personas, @Nullable Duration wait) {
		Key key = new Key(workspaceId, journeyId);
		Set<String> online = data.onlineChannels(workspaceId);
		Entry entry = current(key, map, personas, online);
		Instant now = clock.instant();
		if (entry != null && usable(entry, now)) {
			if (!entry.personas().equals(personas)) {
				refreshInBackground(key, entry, personas, now);  // a big one whose personas changed since
			}
			else if (!entry.readWithin(ttl, now)) {
				refreshInBackground(key, entry, entry.personas(), now);
			}
			return entry.kept();
		}
		Load wanted = new Load(key, map, personas, online);
		CompletableFuture<Entry> read = loading.computeIfAbsent(wanted, load -> CompletableFuture.supplyAsync(() -> {
			try {
				Entry loaded = current(key, map, personas, online);
				// read by another view just before this one asked
				return loaded != null && usable(loaded, clock.instant()) ? loaded : load(key, map, personas);
			}
			finally {
				loading.remove(load);
			}
		}, loader));
		return JourneyPreparing.await(read, wait).kept();
	}

	/** Whether a dataset is big: kept while read again in the background, and its analyses kept too. */
	boolean big(JourneyDataset dataset) {
		return dataset.events.size() >= backgroundFrom;
	}

	/** Whether a kept dataset may answer a view: read within the TTL, or big (and then read again meanwhile). */
	private boolean usable(Entry entry, Instant now) {
		return entry.readWithin(ttl, now) || big(entry.dataset());
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
	private void refreshInBackground(Key key, Entry entry, List<Persona> personas, Instant now) {
		if (!refreshing.add(key)) {
			return;
		}
		background.execute(() -> {
			try {
				if (!entry.personas().equals(personas) || !entry.readWithin(ttl.multipliedBy(10), now)
						|| !data.lastReceived(key.workspaceId()).equals(entry.lastReceived())) {
					load(key, entry.map(), personas);
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

	/**
	 * The kept dataset if it was read for this map and these channels and personas; a big one also when only the
	 * personas changed (their counts change with every assignment), to be read again in the background.
	 */
	private Entry current(Key key, JourneyMap map, List<Persona> personas, Set<String> onlineChannels) {
		synchronized (entries) {
			Entry entry = entries.get(key);
			if (entry == null || !entry.map().equals(map) || !entry.dataset().onlineChannels.equals(onlineChannels)
					|| !entry.personas().equals(personas) && !big(entry.dataset())) {
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
		loader.shutdownNow();
	}
}
