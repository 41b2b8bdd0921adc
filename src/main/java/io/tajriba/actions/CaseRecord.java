package io.tajriba.actions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case as exports read it: its number (which orders a workspace's cases as they were opened), what it is about,
 * where it stands, its service-level targets and how it ended.
 */
public record CaseRecord(UUID id, long number, String title, String status, String priority, String ruleName,
		@Nullable UUID customerId, @Nullable String channel, @Nullable String touchpoint, @Nullable String agent,
		@Nullable UUID ownerId, @Nullable UUID teamId, Instant openedAt, @Nullable Instant firstResponseAt,
		@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue, @Nullable Instant resolvedAt,
		@Nullable Instant closedAt, @Nullable String rootCause, @Nullable String rootCauseNote,
		@Nullable Boolean solved, @Nullable String resolution) {
}
