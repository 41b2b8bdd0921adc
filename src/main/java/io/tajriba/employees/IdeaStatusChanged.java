package io.tajriba.employees;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An idea moved from one status to another ({@code submitted}, {@code under_review}, {@code accepted},
 * {@code in_progress}, {@code done}, {@code declined}, {@code duplicate}); {@code actionId} is the action made of it
 * once accepted. Carries no submitter, so that an anonymous idea stays anonymous; reports and webhooks listen.
 */
public record IdeaStatusChanged(UUID workspaceId, UUID ideaId, int number, String title, String from, String to,
		@Nullable String reason, @Nullable UUID actionId, Instant at) {
}
