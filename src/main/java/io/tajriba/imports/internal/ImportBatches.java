package io.tajriba.imports.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.tajriba.customers.Customers;
import io.tajriba.employees.EmployeeDirectory;
import io.tajriba.imports.domain.ImportKind;
import io.tajriba.imports.internal.ImportStore.Job;
import io.tajriba.imports.internal.ImportStore.LeaseLost;
import io.tajriba.interactions.Interactions;
import io.tajriba.quality.AgentDirectory;
import io.tajriba.platform.BatchReader.Row;
import io.tajriba.platform.IngestReport;
import io.tajriba.platform.IngestReport.Rejected;
import io.tajriba.platform.RejectedRows;
import io.tajriba.platform.RejectedRows.Rejection;
import io.tajriba.platform.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of an import, recorded and counted in one transaction, so that an import taken up again goes on after
 * its last committed line. A batch lost to a deadlock is run again; a batch that fails for any other reason is
 * recorded row by row, and the rows that still fail are rejected and kept: one row never stops an import.
 */
@Component
class ImportBatches {

	private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

	private final ImportStore store;
	private final Interactions interactions;
	private final Customers customers;
	private final AgentDirectory agents;
	private final EmployeeDirectory employees;
	private final RejectedRows rejectedRows;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ImportBatches(ImportStore store, Interactions interactions, Customers customers, AgentDirectory agents,
			EmployeeDirectory employees, RejectedRows rejectedRows,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.interactions = interactions;
		this.customers = customers;
		this.agents = agents;
		this.employees = employees;
		this.rejectedRows = rejectedRows;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Records the rows (those after the last committed line) and moves the import's progress to {@code lastLine}. */
	void record(Job job, String node, List<Row> rows, int lastLine, long bytes) {
		ImportKind kind = ImportKind.of("kind", job.kind());
		try {
			Retries.onConflict(() -> transactions.execute(tx -> {
				IngestReport report = rows.isEmpty() ? new IngestReport(0, 0, List.of()) : ingest(job, kind, rows);
				progress(job, node, rows.size(), lastLine, bytes, report, List.of());
				return report;
			}));
		}
		catch (LeaseLost e) {
			throw e;
		}
		catch (RuntimeException e) {
			log.warn("A batch of import {} failed as a whole; recording its {} rows one by one", job.id(), rows.size(), e);
			rowByRow(job, node, kind, rows, lastLine, bytes);
		}
	}

	private void rowByRow(Job job, String node, ImportKind kind, List<Row> rows, int lastLine, long bytes) {
		int accepted = 0;
		int duplicates = 0;
		List<Rejected> rejected = new ArrayList<>();
		List<Rejection> failed = new ArrayList<>();
		for (Row row : rows) {
			try {
				IngestReport one = Retries.onConflict(() -> transactions.execute(tx -> ingest(job, kind, List.of(row))));
				accepted += one.accepted();
				duplicates += one.duplicates();
				rejected.addAll(one.rejected());
			}
			catch (RuntimeException e) {
				log.warn("Row {} of import {} could not be stored", row.line(), job.id(), e);
				failed.add(new Rejection(row.line(), "line", "could not be stored ("
						+ e.getClass().getSimpleName() + "); correct it and replay it", row.raw()));
			}
		}
		IngestReport report = new IngestReport(accepted, duplicates, rejected);
		transactions.executeWithoutResult(tx -> {
			rejectedRows.store(job.workspaceId(), kind.key(), failed, clock.instant());
			progress(job, node, rows.size(), lastLine, bytes, report, IngestReport.of(failed));
		});
	}

	private void progress(Job job, String node, int rows, int lastLine, long bytes, IngestReport report,
			List<Rejected> failed) {
		List<Rejected> rejected = new ArrayList<>(report.rejected());
		rejected.addAll(failed);
		store.progress(job.workspaceId(), job.id(), node, bytes, rows, lastLine, report.accepted(),
				report.duplicates(), rejected);
	}

	private IngestReport ingest(Job job, ImportKind kind, List<Row> rows) {
		return switch (kind) {
			case INTERACTIONS -> interactions.record(job.workspaceId(), rows);
			case CUSTOMERS -> customers.record(job.workspaceId(), rows);
			case AGENTS -> agents.record(job.workspaceId(), rows);
			case EMPLOYEES -> employees.record(job.workspaceId(), rows);
		};
	}
}
