package io.tajriba.workspaces;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the audit log. */
public record AuditEntry(long id, @Nullable UUID workspaceId, Instant occurredAt, String actor, String action,
		@Nullable String target, @Nullable String detail, @Nullable String remoteAddr) {
}
