package io.tajriba.workspaces;

import java.time.Instant;
import java.util.UUID;

/** A user as a member of one workspace. */
public record Member(UUID userId, String email, String displayName, Role role, Instant since) {
}
