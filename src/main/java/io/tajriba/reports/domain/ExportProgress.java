package io.tajriba.reports.domain;

import org.jspecify.annotations.Nullable;

/** How far a background export is, 0 to 1: rows written of the estimate made when it started; 1 once done. */
public final class ExportProgress {

	private ExportProgress() {
	}

	public static double of(String status, long rowsWritten, @Nullable Long totalEstimate) {
		if (status.equals("done")) {
			return 1;
		}
		if (totalEstimate == null || totalEstimate <= 0) {
			return 0;
		}
		// rows that arrived after the estimate may carry it past the total: it stays below 1 until done
		return Math.min(0.99, (double) rowsWritten / totalEstimate);
	}
}
