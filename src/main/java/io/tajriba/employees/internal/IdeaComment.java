package io.tajriba.employees.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A comment on an idea: its author's member account (none for an API key) and name as shown at the time. */
public record IdeaComment(UUID id, @Nullable UUID authorUser, String authorName, String body, Instant createdAt) {
}
