package io.tajriba.workspaces;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** What a member (or an API key) of a workspace may do, from most to least powerful. */
public enum Role {

	OWNER, ADMIN, ANALYST, AGENT, VIEWER;

	/** Whether this role holds a permission: owners and admins all, analysts all but administering, agents read and
	 * work their cases, viewers read. */
	public boolean may(Permission permission) {
		return switch (permission) {
			case READ -> true;
			case WORK_CASES -> this != VIEWER;
			case ANALYSE -> this == OWNER || this == ADMIN || this == ANALYST;
			case ADMINISTER -> this == OWNER || this == ADMIN;
		};
	}

	/** Manage settings, members, API keys and read the audit log. */
	public boolean canAdminister() {
		return may(Permission.ADMINISTER);
	}

	/** Change data of the workspace and its analysis (ingest, edit, design); agents and viewers do not. */
	public boolean canWrite() {
		return may(Permission.ANALYSE);
	}

	/** Work the cases one sees; viewers only read them. */
	public boolean canWorkCases() {
		return may(Permission.WORK_CASES);
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
