package io.tajriba.actions.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.Team;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and works which cases: owners, admins and analysts all of them; agents those they own and those of
 * their teams (as lead or member); viewers read all and change none. A case one may not see does not exist for
 * them (404).
 */
@Component
class CaseAccess {

	private final TeamStore teams;

	CaseAccess(TeamStore teams) {
		this.teams = teams;
	}

	/** The teams the user leads or belongs to. */
	Set<UUID> teamsOf(UUID workspaceId, UUID userId) {
		return teams.list(workspaceId).stream()
			.filter(t -> userId.equals(t.lead()) || t.members().contains(userId)).map(Team::id)
			.collect(Collectors.toSet());
	}

	/** Everyone in the user's teams, the user included. */
	Set<UUID> teammatesOf(UUID workspaceId, UUID userId) {
		Set<UUID> people = teams.list(workspaceId).stream()
			.filter(t -> userId.equals(t.lead()) || t.members().contains(userId))
			.flatMap(t -> t.people().stream()).collect(Collectors.toSet());
		people.add(userId);
		return people;
	}

	boolean seesAll(Access access) {
		return access.role() != Role.AGENT;
	}

	boolean sees(Access access, CaseRow c) {
		if (seesAll(access)) {
			return true;
		}
		if (!access.isUser()) {
			return false;
		}
		return access.userId().equals(c.ownerId()) || c.teamId() != null
				&& teamsOf(access.workspaceId(), access.userId()).contains(c.teamId())
				|| c.ownerId() != null && teammatesOf(access.workspaceId(), access.userId()).contains(c.ownerId());
	}

	void requireVisible(Access access, CaseRow c) {
		if (!sees(access, c)) {
			throw new NotFoundException("Case");
		}
	}

	void requireWork(Access access, CaseRow c) {
		requireVisible(access, c);
		if (!access.role().canWorkCases()) {
			throw new AccessDeniedException("Viewers read cases only");
		}
	}

	static boolean managesRules(Access access) {
		return access.role() == Role.OWNER || access.role() == Role.ADMIN || access.role() == Role.ANALYST;
	}

	static void requireRules(Access access) {
		if (!managesRules(access)) {
			throw new AccessDeniedException("Only owners, admins and analysts manage alert rules");
		}
	}
}
