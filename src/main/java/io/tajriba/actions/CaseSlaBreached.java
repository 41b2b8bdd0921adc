package io.tajriba.actions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case missed a service-level target ({@code first_response} or {@code resolution}) and was escalated, once per
 * case and target; reports and webhooks listen.
 */
public record CaseSlaBreached(UUID workspaceId, UUID caseId, long number, String target, String priority,
		@Nullable UUID ownerId, Instant at) {
}
