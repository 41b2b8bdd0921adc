package io.tajriba.workspaces;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who acts, in which workspace and with which role: a signed-in user (userId set) or an API key (apiKeyId set).
 * {@code actor} is how the audit log names them.
 */
public record Access(UUID workspaceId, Role role, String actor, @Nullable UUID userId, @Nullable UUID apiKeyId) {

	public boolean isUser() {
		return userId != null;
	}
}
