package io.tajriba.actions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A rule fired on a signal (a response, text, interaction or metric window) and its case was opened or joined. */
public record AlertFired(UUID workspaceId, UUID ruleId, UUID caseId, String kind, String ref,
		@Nullable UUID customerId, boolean opened, Instant at) {
}
