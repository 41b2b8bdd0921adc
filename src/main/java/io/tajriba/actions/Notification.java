package io.tajriba.actions;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something a user should know about a case: assigned to them, a comment, a breach of a target, an escalation.
 * {@code detail} holds what the message is written from (case number and title, who did it).
 */
public record Notification(UUID id, String kind, @Nullable UUID caseId, Map<String, String> detail,
		Instant createdAt, @Nullable Instant readAt) {
}
