package io.tajriba.reports.web;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.reports.internal.ExportJob;
import org.jspecify.annotations.Nullable;

/** A background export as the API shows it. */
record ExportJobJson(UUID id, String kind, String format, @Nullable Instant from, @Nullable Instant to,
		String status, long rowsWritten, @Nullable Long totalEstimate, double progress, @Nullable String error,
		String requestedBy, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
		@Nullable String download) {

	static ExportJobJson of(ExportJob job) {
		return new ExportJobJson(job.id(), job.kind().key(), job.format().key(), job.period().from(),
				job.period().to(), job.status(), job.rowsWritten(), job.totalEstimate(),
				Math.round(job.progress() * 1000) / 1000.0, job.error(), job.requestedBy(), job.createdAt(),
				job.startedAt(), job.finishedAt(), job.done() ? "/api/v1/exports/jobs/" + job.id() + "/download" : null);
	}
}
