package io.tajriba.workspaces;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** What a member (or an API key) of a workspace may do, from most to least powerful. */
public enum Role {

	OWNER, ADMIN, ANALYST, AGENT, VIEWER;

	/** Manage settings, members, API keys and read the audit log. */
	public boolean canAdminister() {
		return this == OWNER || this == ADMIN;
	}

	/** Change data of the workspace (ingest, edit); viewers only read. */
	public boolean canWrite() {
		return this != VIEWER;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Role of(String field, String value) {
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidFieldException(field, "must be one of owner, admin, analyst, agent, viewer");
		}
	}
}
