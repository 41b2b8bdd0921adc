package io.tajriba.journeys.internal;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.platform.TooBusyException;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The analyses of big journeys (a dataset of at least {@code tajriba.journeys.background-from} interactions), kept
 * per view: working one out reads every text and dissatisfied answer of the period, seconds on ten million
 * interactions, so a view seen before is answered from what was kept. Once the kept one is older than the dataset
 * TTL, or its dataset was read again, it still answers while it is worked out again in the background; it says
 * when its interactions were read. A change of the map or of the bad-experience rules is another view, worked out
 * at once; changed personas come with the dataset read again.
 * <p>
 * The work runs on the component's own two threads, under the jobs' statement timeout; a view waits for it as long
 * as it says and is then told the journey is being prepared ({@link JourneyPreparing}). At most
 * {@link #RUNNING_PER_WORKSPACE} views of one workspace and {@link #RUNNING} in all are worked out at once.
 */
@Component
class KeptAnalyses {

	private static final Logger log = LoggerFactory.getLogger(KeptAnalyses.class);

	static final int KEPT = 32;

	static final int RUNNING = 6;

	static final int RUNNING_PER_WORKSPACE = 2;

	/** A view: what decides its figures besides the interactions, texts and answers. */
	record Key(UUID workspaceId, UUID journeyId, JourneyMap map, AnalysisRequest request, BadExperienceRules rules) {
	}

	/**
	 * A kept analysis and the dataset it was worked out of: referred to weakly, so that a dataset read again is not
	 * held in memory by the analyses of the old one (which then count as stale).
	 */
	private record Entry(WeakReference<JourneyDataset> dataset, Set<String> onlineChannels, Instant started,
			JourneyAnalysis analysis) {

		boolean of(JourneyDataset current) {
			return dataset.get() == current;
		}
	}

	private final Clock clock;

	private final Duration ttl;

	private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

	private final Map<Key, CompletableFuture<JourneyAnalysis>> running = new ConcurrentHashMap<>();

	private final ExecutorService workers = Executors.newFixedThreadPool(2, Thread.ofPlatform()
		.name("journey-analyses-", 1).daemon().factory());

	KeptAnalyses(Clock clock, @Value("${tajriba.journeys.dataset-ttl:60s}") Duration ttl) {
		this.clock = clock;
		this.ttl = ttl;
	}

	/**
	 * The view's analysis of this dataset: the kept one if there is one (worked out again in the background when
	 * stale), else worked out now, waiting at most {@code wait} (null: as long as it takes).
	 */
	JourneyAnalysis get(Key key, JourneyDataset dataset, @Nullable Duration wait, Supplier<JourneyAnalysis> work) {
		Entry entry;
		synchronized (entries) {
			entry = entries.get(key);
		}
		if (entry != null && entry.onlineChannels().equals(dataset.onlineChannels)) {
			if (!entry.of(dataset) || !entry.started().plus(ttl).isAfter(clock.instant())) {
				try {
					start(key, dataset, work);
				}
				catch (TooBusyException e) {
					log.debug("Not working out journey {} again now: {}", key.journeyId(), e.getMessage());
				}
			}
			return entry.analysis();
		}
		return JourneyPreparing.await(start(key, dataset, work), wait);
	}

	private CompletableFuture<JourneyAnalysis> start(Key key, JourneyDataset dataset, Supplier<JourneyAnalysis> work) {
		CompletableFuture<JourneyAnalysis> already = running.get(key);
		if (already != null) {
			return already;
		}
		long ofWorkspace = running.keySet().stream().filter(k -> k.workspaceId().equals(key.workspaceId())).count();
		if (ofWorkspace >= RUNNING_PER_WORKSPACE || running.size() >= RUNNING) {
			throw new TooBusyException("Other views of journeys are being worked out; ask again in a moment",
					JourneyPreparing.RETRY_AFTER_SECONDS);
		}
		return running.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
			try {
				Instant started = clock.instant();
				JourneyAnalysis analysis = work.get();
				keep(k, new Entry(new WeakReference<>(dataset), dataset.onlineChannels, started, analysis));
				return analysis;
			}
			catch (RuntimeException e) {
				log.warn("Working out the analysis of journey {} failed", k.journeyId(), e);
				throw e;
			}
			finally {
				running.remove(k);
			}
		}, workers));
	}

	private void keep(Key key, Entry entry) {
		synchronized (entries) {
			entries.put(key, entry);
			while (entries.size() > KEPT) {
				entries.remove(entries.keySet().iterator().next());
			}
		}
	}

	/** Waits until the work started so far is done (for tests). */
	void awaitRunning() {
		running.values().forEach(f -> f.handle((a, e) -> a).join());
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}
}
