package io.tajriba.workspaces;

import java.time.Instant;
import java.util.UUID;

/** An invitation to join a workspace, waiting for the person to follow the e-mailed link. */
public record Invitation(UUID id, UUID workspaceId, String email, Role role, String invitedBy, Instant createdAt,
		Instant expiresAt) {
}
