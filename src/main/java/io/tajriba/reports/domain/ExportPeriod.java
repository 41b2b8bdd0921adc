package io.tajriba.reports.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The period an export is limited to, [from, to), either end open when null. */
public record ExportPeriod(@Nullable Instant from, @Nullable Instant to) {

	public static final ExportPeriod ALL = new ExportPeriod(null, null);

	public ExportPeriod {
		if (from != null && to != null && !to.isAfter(from)) {
			throw new IllegalArgumentException("to must come after from");
		}
	}
}
