package io.tajriba.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.tajriba.imports.domain.ImportFormat;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.imports.domain.RowStream;
import io.tajriba.imports.internal.ImportStore.Job;
import io.tajriba.imports.internal.ImportStore.LeaseLost;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.NodeName;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs imports on a few background threads. Each node holds a lease on the imports it runs and renews it while
 * they run; an import whose lease has run out (its node stopped or died) is taken up by a node that sees its file,
 * after its last committed line. A node that stops gives its imports up between two batches, keeping their files.
 */
@Component
class ImportRunner {

	static final int BATCH = 5_000;
	/** An import nobody could take up for this long (no node sees its file) is given up. */
	static final Duration LOST_AFTER = Duration.ofDays(1);
	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportStore store;
	private final ImportFiles files;
	private final ImportBatches batches;
	private final ObjectMapper mapper;
	private final Clock clock;
	private final Duration lease;
	private final String node;
	private final Set<UUID> running = ConcurrentHashMap.newKeySet();
	private final ExecutorService workers;
	private final ScheduledExecutorService ticker;
	private volatile boolean stopping;

	ImportRunner(ImportStore store, ImportFiles files, ImportBatches batches, ObjectMapper mapper, Clock clock,
			@Value("${tajriba.imports.workers:1}") int workers,
			@Value("${tajriba.imports.lease:60s}") Duration lease, @Value("${tajriba.node-name:}") String node) {
		this.node = NodeName.of(node);
		this.store = store;
		this.files = files;
		this.batches = batches;
		this.mapper = mapper;
		this.clock = clock;
		this.lease = lease;
		AtomicInteger n = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(Math.max(1, workers),
				task -> new Thread(task, "import-" + n.incrementAndGet()));
		this.ticker = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "import-leases"));
	}

	String node() {
		return node;
	}

	Instant leaseEnd() {
		return clock.instant().plus(lease);
	}

	/** Runs an import this node holds the lease on. */
	void submit(Job job) {
		if (!stopping && running.add(job.id())) {
			workers.submit(() -> {
				try {
					run(job);
				}
				finally {
					running.remove(job.id());
				}
			});
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		try {
			int swept = files.sweepPartial(clock.instant(), Duration.ofHours(1));
			if (swept > 0) {
				log.info("Deleted {} partial uploads left by a crash", swept);
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not look for partial uploads", e);
		}
		long every = Math.max(1, lease.toMillis() / 3);
		ticker.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
	}

	/** Renews this node's leases and takes up the imports whose lease has run out, if their file is here. */
	void tick() {
		try {
			store.renew(node, List.copyOf(running), leaseEnd());
			Instant now = clock.instant();
			for (Job job : store.claimable(now)) {
				if (stopping || running.contains(job.id())) {
					continue;
				}
				if (!Files.exists(files.path(job.workspaceId(), job.id()))) {
					giveUpIfLost(job, now);
				}
				else if (store.claim(job.workspaceId(), job.id(), node, now, leaseEnd())) {
					int lastLine = store.lastLine(job.workspaceId(), job.id());
					log.info("Taking up import {} after line {}", job.id(), lastLine);
					submit(new Job(job.workspaceId(), job.id(), job.kind(), job.format(), lastLine, leaseEnd()));
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not renew or take up imports; trying again shortly", e);
		}
	}

	/** Another node may hold the file; only when none has taken it up for a day is the import failed. */
	private void giveUpIfLost(Job job, Instant now) {
		if (job.leaseUntil() != null && job.leaseUntil().plus(LOST_AFTER).isBefore(now)) {
			store.finish(job.workspaceId(), job.id(), "The file was lost when the server stopped; upload it again", now);
		}
	}

	void run(Job job) {
		Path path = files.path(job.workspaceId(), job.id());
		try (InputStream in = Files.newInputStream(path);
				RowStream stream = new RowStream(in, ImportFormat.of("format", job.format()),
						ImportKind.of("kind", job.kind()), mapper)) {
			List<Row> batch;
			while (!(batch = stream.next(BATCH)).isEmpty()) {
				if (stopping) {
					release(job);
					return;
				}
				List<Row> rows = batch.stream().filter(row -> row.line() > job.lastLine()).toList();
				batches.record(job, node, rows, batch.getLast().line(), stream.bytesRead());
			}
			store.finish(job.workspaceId(), job.id(), null, clock.instant());
			files.delete(job.workspaceId(), job.id());
		}
		catch (LeaseLost e) {
			log.info("Import {} is now run by another node", job.id());
		}
		catch (IOException | RuntimeException e) {
			if (stopping) {
				release(job);
				return;
			}
			log.warn("Import {} failed", job.id(), e);
			store.finish(job.workspaceId(), job.id(), "The import stopped: " + e.getMessage(), clock.instant());
			files.delete(job.workspaceId(), job.id());
		}
	}

	private void release(Job job) {
		log.info("Stopping: import {} will be taken up again where it stands", job.id());
		store.release(job.workspaceId(), job.id(), node);
	}

	/** Lets the running batches commit, then gives their imports up; they go on after the restart. */
	@PreDestroy
	void stop() throws InterruptedException {
		stopping = true;
		ticker.shutdownNow();
		workers.shutdown();
		if (!workers.awaitTermination(20, TimeUnit.SECONDS)) {
			workers.shutdownNow();
		}
	}
}
