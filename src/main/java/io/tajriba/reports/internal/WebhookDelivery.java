package io.tajriba.reports.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One message to one endpoint; {@code id} is the webhook-id it is sent with, {@code payload} the signed body. */
public record WebhookDelivery(String id, UUID workspaceId, UUID endpointId, String type, String payload, String status,
		int attempts, @Nullable Instant nextAttemptAt, Instant createdAt, @Nullable Instant deliveredAt,
		@Nullable String lastError) {

	public static final String PENDING = "pending";
	public static final String DELIVERED = "delivered";
	public static final String FAILED = "failed";
}
