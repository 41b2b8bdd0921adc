package io.tajriba.workspaces;

/** A workspace a user belongs to, with the user's role there. */
public record Membership(Workspace workspace, Role role) {
}
