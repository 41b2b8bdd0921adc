package io.tajriba.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.OwnerRegistry;
import io.tajriba.actions.internal.TeamService;
import org.springframework.stereotype.Service;

/** The closed loop's teams and owners, read by other modules (agent quality groups its agents by teams). */
@Service
public class Teams {

	private final TeamService teams;
	private final OwnerRegistry registry;

	Teams(TeamService teams, OwnerRegistry registry) {
		this.teams = teams;
		this.registry = registry;
	}

	/**
	 * Who owns what: journey stages by key, touchpoints by name, KPI targets as {@code stage:kpi}, themes by key, each
	 * to its owner's user id; and the deputies of each kind (same fields) in {@code deputies}.
	 */
	public record Owners(Map<String, UUID> stages, Map<String, UUID> touchpoints, Map<String, UUID> kpiTargets,
			Map<String, UUID> themes, Map<String, Map<String, UUID>> deputies) {
	}

	/** The owners cases are routed to (an owner who has left the workspace gets none, but is still listed). */
	public Owners owners(UUID workspaceId) {
		Map<OwnerRegistry.Kind, List<OwnerRegistry.Entry>> owned = registry.owners(workspaceId);
		Map<String, Map<String, UUID>> deputies = new LinkedHashMap<>();
		owned.forEach((kind, entries) -> deputies.put(kind.field(), OwnerRegistry.deputies(entries)));
		return new Owners(OwnerRegistry.byName(owned.get(OwnerRegistry.Kind.STAGE)),
				OwnerRegistry.byName(owned.get(OwnerRegistry.Kind.TOUCHPOINT)),
				OwnerRegistry.byName(owned.get(OwnerRegistry.Kind.KPI_TARGET)),
				OwnerRegistry.byName(owned.get(OwnerRegistry.Kind.THEME)), deputies);
	}

	/** The workspace's teams by name, each with its lead, members and the agent names it lists. */
	public List<Team> list(UUID workspaceId) {
		return teams.list(workspaceId);
	}
}
