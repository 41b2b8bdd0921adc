package io.tajriba.workspaces;

/**
 * What a route asks of the caller's role. Every route of the application is given one in the route table
 * ({@code workspaces/route-permissions.txt}); {@link Role#may(Permission)} says which roles hold it.
 */
public enum Permission {

	/** Read the workspace's data, pages and figures. */
	READ,

	/** Work the cases one can see: comment, change status, assign, follow up, record a recovery. */
	WORK_CASES,

	/** Change the workspace's data and its analysis: ingest, imports, surveys, triggers, taxonomy, rules, personas. */
	ANALYSE,

	/** Manage settings, members, API keys, teams and service levels; read the audit log. */
	ADMINISTER
}
