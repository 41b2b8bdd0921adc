package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One delivery of a subscription in its log: {@code status} sent, skipped (with its reason), retrying or failed
 * (with the error), and whether the mail carried its PDF.
 */
public record ReportDelivery(UUID id, UUID subscriptionId, Instant at, String status, @Nullable String reason,
		@Nullable String error, boolean withPdf) {
}
