package io.tajriba.actions.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tajriba.actions.Team;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams, which rules assign cases by (with the owners of {@link OwnerRegistry}): everyone reads them, owners and
 * admins change them.
 */
@Service
public class TeamService {

	private final TeamStore store;
	private final AccessAdministration administration;

	TeamService(TeamStore store, AccessAdministration administration) {
		this.store = store;
		this.administration = administration;
	}

	public List<Team> list(UUID workspaceId) {
		return store.list(workspaceId);
	}

	@Transactional
	public Team save(Access admin, @org.jspecify.annotations.Nullable UUID id, Team team) {
		requireAdmin(admin);
		UUID workspaceId = admin.workspaceId();
		requireMembers(workspaceId, "members", team.members());
		if (team.lead() != null) {
			requireMembers(workspaceId, "lead", List.of(team.lead()));
		}
		if (store.nameTaken(workspaceId, team.name(), id == null ? new UUID(0, 0) : id)) {
			throw new InvalidFieldException("name", "is already the name of another team");
		}
		if (id == null) {
			id = store.insert(workspaceId, team);
		}
		else if (!store.update(workspaceId, id, team)) {
			throw new NotFoundException("Team");
		}
		return store.find(workspaceId, id).orElseThrow();
	}

	@Transactional
	public void delete(Access admin, UUID id) {
		requireAdmin(admin);
		if (!store.delete(admin.workspaceId(), id)) {
			throw new NotFoundException("Team");
		}
	}

	private static void requireAdmin(Access access) {
		if (!access.role().canAdminister()) {
			throw new org.springframework.security.access.AccessDeniedException("Only owners and admins may do this");
		}
	}

	private void requireMembers(UUID workspaceId, String field, java.util.Collection<UUID> users) {
		Set<UUID> members = administration.membersOf(workspaceId).stream().map(Member::userId)
			.collect(Collectors.toSet());
		if (users.stream().anyMatch(u -> u == null || !members.contains(u))) {
			throw new InvalidFieldException(field, "must name members of this workspace");
		}
	}
}
