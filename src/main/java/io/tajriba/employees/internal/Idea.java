package io.tajriba.employees.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.employees.domain.IdeaStatus;
import org.jspecify.annotations.Nullable;

/** An idea as stored: its number in the workspace, text, tags, submitter (an employee, a member, or nobody). */
public record Idea(UUID id, int number, String title, String body, String language, @Nullable String stage,
		@Nullable String touchpoint, @Nullable String theme, @Nullable String submitterEmployee,
		@Nullable UUID submitterUser, IdeaStatus status, @Nullable String reason, @Nullable UUID duplicateOf,
		@Nullable UUID actionId, int votes, Instant createdAt, Instant updatedAt) {
}
