package io.tajriba.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.tajriba.customers.Customers;
import io.tajriba.imports.domain.ImportFormat;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.imports.domain.RowStream;
import io.tajriba.imports.internal.ImportStore.Job;
import io.tajriba.interactions.Interactions;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs imports on a few background threads of the node that holds the file. Each batch is recorded and counted in
 * one transaction, so an import taken up again after a restart goes on after its last committed line.
 */
@Component
class ImportRunner {

	static final int BATCH = 5_000;
	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportStore store;
	private final ImportFiles files;
	private final Interactions interactions;
	private final Customers customers;
	private final TransactionTemplate transactions;
	private final ObjectMapper mapper;
	private final Clock clock;
	private final ExecutorService workers;

	ImportRunner(ImportStore store, ImportFiles files, Interactions interactions, Customers customers,
			TransactionTemplate transactions, ObjectMapper mapper, Clock clock,
			@Value("${tajriba.imports.workers:1}") int workers) {
		this.store = store;
		this.files = files;
		this.interactions = interactions;
		this.customers = customers;
		this.transactions = transactions;
		this.mapper = mapper;
		this.clock = clock;
		AtomicInteger n = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(Math.max(1, workers),
				task -> new Thread(task, "import-" + n.incrementAndGet()));
	}

	void submit(Job job) {
		workers.submit(() -> run(job));
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		for (Job job : store.unfinished()) {
			if (Files.exists(files.path(job.workspaceId(), job.id()))) {
				log.info("Taking up import {} again after line {}", job.id(), job.lastLine());
				submit(job);
			}
			else {
				store.finish(job.workspaceId(), job.id(), "The file was lost when the server stopped; upload it again",
						clock.instant());
			}
		}
	}

	void run(Job job) {
		Path path = files.path(job.workspaceId(), job.id());
		ImportKind kind = ImportKind.of("kind", job.kind());
		try (InputStream in = Files.newInputStream(path);
				RowStream stream = new RowStream(in, ImportFormat.of("format", job.format()), kind, mapper)) {
			List<Row> batch;
			while (!(batch = stream.next(BATCH)).isEmpty()) {
				List<Row> rows = batch.stream().filter(row -> row.line() > job.lastLine()).toList();
				int lastLine = batch.getLast().line();
				long bytes = stream.bytesRead();
				transactions.executeWithoutResult(tx -> {
					IngestReport report = rows.isEmpty() ? new IngestReport(0, 0, List.of()) : record(job, kind, rows);
					store.progress(job.workspaceId(), job.id(), bytes, rows.size(), lastLine, report.accepted(),
							report.duplicates(), new ArrayList<>(report.rejected()));
				});
			}
			store.finish(job.workspaceId(), job.id(), null, clock.instant());
		}
		catch (IOException | RuntimeException e) {
			log.warn("Import {} failed", job.id(), e);
			store.finish(job.workspaceId(), job.id(), "The import stopped: " + e.getMessage(), clock.instant());
		}
		finally {
			files.delete(job.workspaceId(), job.id());
		}
	}

	private IngestReport record(Job job, ImportKind kind, List<Row> rows) {
		return switch (kind) {
			case INTERACTIONS -> interactions.record(job.workspaceId(), rows);
			case CUSTOMERS -> customers.record(job.workspaceId(), rows);
		};
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}
}
