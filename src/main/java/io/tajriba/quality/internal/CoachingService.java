package io.tajriba.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.CoachingFormat;
import io.tajriba.quality.domain.CoachingStatus;
import io.tajriba.quality.internal.CoachingSession.Focus;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions. Owners, admins and analysts plan sessions for any agent, a team's lead for the agents of their
 * team. The session's coach, its team's lead and analysts change notes, actions, follow-up and status; the coached
 * agent (the member linked to the agent) ticks actions done and marks the e-learning complete, nothing else. Members
 * with the agent role see only their own sessions, and the sessions of the team they lead.
 */
@Service
public class CoachingService {

	/** A session to plan, as sent; {@link CoachingInput} checks it. */
	public record NewSession(@Nullable UUID agent, @Nullable UUID coach, @Nullable LocalDate heldOn,
			@Nullable String format, List<Focus> focus, @Nullable String notes, List<NewAction> actions,
			@Nullable LocalDate followUpOn, @Nullable UUID module, @Nullable String status) {
	}

	/** An action as sent: a text left out keeps the text of the action at the same place. */
	public record NewAction(@Nullable String text, boolean done) {
	}

	/** A change; a field left out (null, or has* false) stays as it is. */
	public record Change(boolean hasNotes, @Nullable String notes, @Nullable List<NewAction> actions,
			boolean hasFollowUp, @Nullable LocalDate followUpOn, @Nullable String status, @Nullable LocalDate heldOn,
			@Nullable Boolean moduleCompleted) {

		boolean onlyTheAgentsPart() {
			return !hasNotes && !hasFollowUp && status == null && heldOn == null;
		}
	}

	private final CoachingStore store;
	private final CoachingInput input;
	private final AgentService agents;
	private final Teams teams;
	private final AccessAdministration administration;
	private final Workspaces workspaces;
	private final Clock clock;

	CoachingService(CoachingStore store, CoachingInput input, AgentService agents, Teams teams,
			AccessAdministration administration, Workspaces workspaces, Clock clock) {
		this.store = store;
		this.input = input;
		this.agents = agents;
		this.teams = teams;
		this.administration = administration;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	@Transactional
	public CoachingSession create(Access access, NewSession session) {
		UUID w = access.workspaceId();
		if (session.agent() == null) {
			throw new InvalidFieldException("agent", "is required: the id of an agent of the directory");
		}
		Agent agent;
		try {
			agent = agents.get(w, session.agent());
		}
		catch (NotFoundException e) {
			throw new InvalidFieldException("agent", "must be the id of an agent of the directory");
		}
		if (!mayPlan(access, agent)) {
			throw new AccessDeniedException("Only analysts and the lead of the agent's team may plan coaching");
		}
		Member coach = coach(access, session.coach());
		CoachingSession checked = input.check(w, today(w), session, agent.id(), coach, access.actor(), clock.instant());
		return get(access, store.insert(w, checked));
	}

	public List<CoachingSession> list(Access access, @Nullable UUID agent) {
		Visibility visibility = visibility(access);
		return store.list(access.workspaceId(), agent).stream().filter(s -> visibility.sees(s.agent())).toList();
	}

	public CoachingSession get(Access access, UUID id) {
		return store.find(access.workspaceId(), id, false).filter(s -> visibility(access).sees(s.agent()))
			.orElseThrow(() -> new NotFoundException("Coaching session"));
	}

	@Transactional
	public CoachingSession change(Access access, UUID id, Change change) {
		UUID w = access.workspaceId();
		get(access, id);
		CoachingSession session = store.find(w, id, true).orElseThrow(() -> new NotFoundException("Coaching session"));
		Agent agent = agents.get(w, session.agent());
		boolean manager = manages(access, session, agent);
		boolean coached = access.userId() != null && access.userId().equals(agent.user());
		if (!manager && !(coached && change.onlyTheAgentsPart())) {
			throw new AccessDeniedException(coached
					? "The coached agent may only tick actions done and mark the e-learning complete"
					: "Only the coach, the team's lead and analysts may change a coaching session");
		}
		CoachingSession changed = input.apply(session, change, today(w), !manager, clock.instant());
		store.update(w, changed);
		return get(access, id);
	}

	/** Whether the access sees this agent's coaching: everyone but agents; agents their own and their team's. */
	public boolean sees(Access access, Agent agent) {
		return visibility(access).sees(agent.id());
	}

	/** Whether the access may plan a session for this agent: analysts and up, and the lead of the agent's team. */
	public boolean mayPlan(Access access, Agent agent) {
		return access.role().canWrite() || leads(access, agent, teams.list(access.workspaceId()));
	}

	/** Whether the access may change the session: its coach, the lead of the agent's team, analysts and up. */
	public boolean mayChange(Access access, CoachingSession session) {
		return manages(access, session, agents.get(access.workspaceId(), session.agent()));
	}

	/** Whether the access is the coached agent: the member linked to the session's agent. */
	public boolean isCoached(Access access, CoachingSession session) {
		return access.userId() != null
				&& access.userId().equals(agents.get(access.workspaceId(), session.agent()).user());
	}

	/** The agents coached on a day of [from, to]. */
	public List<UUID> coachedBetween(UUID workspaceId, LocalDate from, LocalDate to) {
		return store.coachedBetween(workspaceId, from, to);
	}

	/** The members who may coach: every member of the workspace, by name. */
	public List<Member> coaches(UUID workspaceId) {
		List<Member> members = new ArrayList<>(administration.membersOf(workspaceId));
		members.sort(java.util.Comparator.comparing(m -> m.displayName().toLowerCase(java.util.Locale.ROOT)));
		return List.copyOf(members);
	}

	private boolean manages(Access access, CoachingSession session, Agent agent) {
		return access.role().canWrite() || access.userId() != null && access.userId().equals(session.coachUser())
				|| leads(access, agent, teams.list(access.workspaceId()));
	}

	private static boolean leads(Access access, Agent agent, List<Team> all) {
		Team team = AgentService.teamOf(agent, all);
		return access.userId() != null && team != null && access.userId().equals(team.lead());
	}

	private Member coach(Access access, @Nullable UUID coach) {
		UUID user = coach != null ? coach : access.userId();
		if (user == null) {
			throw new InvalidFieldException("coach", "is required when an API key plans a session: a member's user id");
		}
		return administration.membersOf(access.workspaceId()).stream().filter(m -> m.userId().equals(user)).findFirst()
			.orElseThrow(() -> new InvalidFieldException("coach", "must be the user id of a member of the workspace"));
	}

	private LocalDate today(UUID workspaceId) {
		return LocalDate.now(clock.withZone(workspaces.workspace(workspaceId).timeZone()));
	}

	private record Visibility(boolean all, java.util.Set<UUID> agents) {

		boolean sees(UUID agent) {
			return all || agents.contains(agent);
		}
	}

	private Visibility visibility(Access access) {
		if (access.role() != Role.AGENT) {
			return new Visibility(true, java.util.Set.of());
		}
		List<Team> all = teams.list(access.workspaceId());
		java.util.Set<UUID> seen = new java.util.HashSet<>();
		for (Agent agent : agents.list(access.workspaceId())) {
			if (access.userId() != null && (Objects.equals(access.userId(), agent.user()) || leads(access, agent, all))) {
				seen.add(agent.id());
			}
		}
		return new Visibility(false, seen);
	}

	static CoachingStatus status(@Nullable String status) {
		return status == null ? CoachingStatus.PLANNED : CoachingStatus.of("status", status);
	}

	static CoachingFormat format(@Nullable String format) {
		if (format == null) {
			throw new InvalidFieldException("format", "is required: one_to_one, elearning or group");
		}
		return CoachingFormat.of("format", format);
	}
}
