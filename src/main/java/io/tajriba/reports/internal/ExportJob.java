package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.reports.domain.ExportFormat;
import io.tajriba.reports.domain.ExportKind;
import io.tajriba.reports.domain.ExportPeriod;
import io.tajriba.reports.domain.ExportProgress;
import org.jspecify.annotations.Nullable;

/**
 * An export written in the background: queued, running, done (its file can be downloaded for 7 days) or failed
 * (with why); rows written so far of the estimate made when it started.
 */
public record ExportJob(UUID workspaceId, UUID id, ExportKind kind, ExportFormat format, ExportPeriod period,
		String status, long rowsWritten, @Nullable Long totalEstimate, @Nullable String file, @Nullable String error,
		String requestedBy, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

	public double progress() {
		return ExportProgress.of(status, rowsWritten, totalEstimate);
	}

	/** {@link #progress()} as a whole percentage. */
	public long percent() {
		return Math.round(progress() * 100);
	}

	public boolean done() {
		return status.equals("done") && file != null;
	}

	/** The file's name for a download: kind, day of the request and format. */
	public String fileName() {
		return "tajriba-" + kind.key() + "-" + createdAt.toString().substring(0, 10) + "." + format.extension();
	}
}
