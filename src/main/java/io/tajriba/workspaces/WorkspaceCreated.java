package io.tajriba.workspaces;

import java.util.UUID;

/** Published when a workspace is created, so that other modules can set up what a workspace needs of them. */
public record WorkspaceCreated(UUID workspaceId, String name, String defaultLocale) {
}
