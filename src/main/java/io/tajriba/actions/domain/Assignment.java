package io.tajriba.actions.domain;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * Who gets a rule's cases: a named user, the members of a role or a team in turn (round robin), the owner of the
 * signal's touchpoint or of its journey stage, or the team lead of the agent it is about. Whoever cannot be found
 * falls back to the workspace's admins, so no case is left without an owner.
 */
public record Assignment(String to, @Nullable UUID user, @Nullable String role, @Nullable UUID team) {

	public static final Set<String> KINDS = Set.of("user", "role", "touchpoint_owner", "stage_owner", "theme_owner",
			"team_lead", "round_robin", "admins");

	public Assignment {
		to = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
		if (!KINDS.contains(to)) {
			throw new InvalidFieldException("assignment.to", "must be one of user, role, touchpoint_owner, "
					+ "stage_owner, theme_owner, team_lead, round_robin, admins");
		}
		if (to.equals("user") && user == null) {
			throw new InvalidFieldException("assignment.user", "is required: the id of a member of the workspace");
		}
		role = role == null || role.isBlank() ? null : role.strip().toLowerCase(Locale.ROOT);
		if (to.equals("role") && (role == null || !Set.of("owner", "admin", "analyst", "agent").contains(role))) {
			throw new InvalidFieldException("assignment.role", "must be one of owner, admin, analyst, agent");
		}
		if (to.equals("round_robin") && team == null) {
			throw new InvalidFieldException("assignment.team", "is required: the id of the team to take turns");
		}
	}

	public static Assignment admins() {
		return new Assignment("admins", null, null, null);
	}
}
