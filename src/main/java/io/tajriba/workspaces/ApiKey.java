package io.tajriba.workspaces;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API key as listed: its secret is never kept, only its first characters. */
public record ApiKey(UUID workspaceId, UUID id, String name, Role role, String prefix, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
