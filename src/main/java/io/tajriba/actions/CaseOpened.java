package io.tajriba.actions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case was opened, by a rule or by hand; reports and webhooks listen. */
public record CaseOpened(UUID workspaceId, UUID caseId, long number, @Nullable UUID ruleId,
		@Nullable UUID customerId, String priority, @Nullable UUID ownerId, Instant at) {
}
