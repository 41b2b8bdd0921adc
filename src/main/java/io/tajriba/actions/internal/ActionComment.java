package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A comment on an action, by a member (authorUser) or written in someone's name (an import, the demo). */
public record ActionComment(UUID id, @Nullable UUID authorUser, String authorName, String body, Instant createdAt) {
}
