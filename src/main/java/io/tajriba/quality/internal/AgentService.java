package io.tajriba.quality.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.Agent;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent directory: everyone reads it; owners, admins and analysts (and API keys of analysts, so that imports
 * can create agents up front) create and change agents.
 */
@Service
public class AgentService {

	/** A new agent: the recorded name, and what the directory adds to it. */
	public record NewAgent(@Nullable String key, @Nullable String displayName, @Nullable UUID team,
			@Nullable UUID user, @Nullable Boolean active) {
	}

	/**
	 * A change: null leaves a field as it is; {@code clearTeam}, {@code clearUser} remove the team or the user
	 * (a JSON null in the request).
	 */
	public record Change(@Nullable String displayName, @Nullable UUID team, boolean clearTeam, @Nullable UUID user,
			boolean clearUser, @Nullable Boolean active) {
	}

	private final AgentStore store;
	private final Teams teams;
	private final AccessAdministration administration;
	private final Clock clock;

	AgentService(AgentStore store, Teams teams, AccessAdministration administration, Clock clock) {
		this.store = store;
		this.teams = teams;
		this.administration = administration;
		this.clock = clock;
	}

	public List<Agent> list(UUID workspaceId) {
		return store.list(workspaceId);
	}

	public Agent get(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Agent"));
	}

	@Transactional
	public Agent create(Access access, NewAgent agent) {
		requireWriter(access);
		UUID workspaceId = access.workspaceId();
		String key = agent.key() == null ? "" : agent.key().strip();
		if (!AgentStore.fits(key)) {
			throw new InvalidFieldException("key", "is required: the agent's name as interactions and responses record "
					+ "it, 1 to 200 characters");
		}
		if (store.keyTaken(workspaceId, key)) {
			throw new InvalidFieldException("key", "is already in the directory");
		}
		String name = displayName(agent.displayName() == null ? key.substring(0, Math.min(120, key.length()))
				: agent.displayName());
		requireTeam(workspaceId, agent.team());
		requireUser(workspaceId, agent.user(), null);
		Agent created = new Agent(new UUID(0, 0), key, name, agent.team(), agent.user(),
				agent.active() == null || agent.active(), "created", clock.instant());
		UUID id = store.insert(workspaceId, created)
			.orElseThrow(() -> new InvalidFieldException("key", "is already in the directory"));
		return get(workspaceId, id);
	}

	@Transactional
	public Agent change(Access access, UUID id, Change change) {
		requireWriter(access);
		UUID workspaceId = access.workspaceId();
		Agent agent = get(workspaceId, id);
		UUID team = change.clearTeam() ? null : change.team() == null ? agent.team() : change.team();
		UUID user = change.clearUser() ? null : change.user() == null ? agent.user() : change.user();
		if (change.team() != null) {
			requireTeam(workspaceId, team);
		}
		if (change.user() != null) {
			requireUser(workspaceId, user, id);
		}
		Agent changed = new Agent(id, agent.key(),
				change.displayName() == null ? agent.displayName() : displayName(change.displayName()), team, user,
				change.active() == null ? agent.active() : change.active(), agent.source(), agent.createdAt());
		store.update(workspaceId, changed);
		return get(workspaceId, id);
	}

	/** The agent's team: the one the directory sets if it still exists, else the team that lists the agent's name. */
	public static @Nullable Team teamOf(Agent agent, List<Team> teams) {
		if (agent.team() != null) {
			for (Team team : teams) {
				if (agent.team().equals(team.id())) {
					return team;
				}
			}
		}
		return teams.stream().filter(t -> t.agents().contains(agent.key())).findFirst().orElse(null);
	}

	static String displayName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > 120) {
			throw new InvalidFieldException("displayName", "must have 1 to 120 characters");
		}
		return stripped;
	}

	private void requireTeam(UUID workspaceId, @Nullable UUID team) {
		if (team != null && teams.list(workspaceId).stream().noneMatch(t -> team.equals(t.id()))) {
			throw new InvalidFieldException("team", "must be the id of one of the workspace's teams");
		}
	}

	/** The user may be linked to this agent (null: a new one): a member with the agent role, linked to no other. */
	public void requireUser(UUID workspaceId, @Nullable UUID user, @Nullable UUID agentId) {
		if (user == null) {
			return;
		}
		boolean agentMember = administration.membersOf(workspaceId).stream()
			.anyMatch(m -> m.userId().equals(user) && m.role() == Role.AGENT);
		if (!agentMember) {
			throw new InvalidFieldException("user", "must be a member of the workspace with the agent role");
		}
		if (store.list(workspaceId).stream().anyMatch(a -> user.equals(a.user()) && !Objects.equals(a.id(), agentId))) {
			throw new InvalidFieldException("user", "is already linked to another agent");
		}
	}

	private static void requireWriter(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Only owners, admins and analysts may change the agent directory");
		}
	}
}
