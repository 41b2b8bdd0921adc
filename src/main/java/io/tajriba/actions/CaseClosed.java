package io.tajriba.actions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case was closed with its root cause and whether the customer's problem was solved. */
public record CaseClosed(UUID workspaceId, UUID caseId, long number, @Nullable UUID ruleId,
		@Nullable UUID customerId, @Nullable String rootCause, @Nullable Boolean solved, Instant at) {
}
