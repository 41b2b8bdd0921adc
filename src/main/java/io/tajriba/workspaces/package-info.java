/**
 * Workspaces (tenants), their users and roles, API keys and the audit log. Every other module asks
 * {@link io.tajriba.workspaces.Workspaces#current()} which workspace a request acts in and with which role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspaces")
@org.jspecify.annotations.NullMarked
package io.tajriba.workspaces;
