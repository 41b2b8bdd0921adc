package io.tajriba.workspaces.internal;

import java.util.UUID;

import io.tajriba.workspaces.Role;

/** An API key that authenticated a request: it acts in its own workspace only. */
public record ApiKeyPrincipal(UUID workspaceId, UUID keyId, String prefix, Role role) {
}
