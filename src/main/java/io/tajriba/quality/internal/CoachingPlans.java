package io.tajriba.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.tajriba.actions.Team;
import io.tajriba.actions.Teams;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.CoachingStatus;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * An agent's coaching plan: the open training needs of the period (each with the latest session that works on it,
 * if any), the sessions newest first with their effect, the agreed actions not done yet and the next follow-up.
 */
@Service
public class CoachingPlans {

	public record Plan(Agent agent, @Nullable Team team, LocalDate from, LocalDate to, int window,
			List<PlannedNeed> needs, List<PlannedSession> sessions, List<OpenAction> openActions,
			@Nullable LocalDate nextFollowUp, boolean followUpOverdue) {
	}

	/** A need and the latest session whose focus holds it (null: none planned yet). */
	public record PlannedNeed(TrainingNeed need, @Nullable UUID session) {
	}

	public record PlannedSession(CoachingSession session, CoachingModules.@Nullable Module module,
			CoachingEffects.@Nullable SessionEffect effect) {
	}

	public record OpenAction(UUID session, int index, String text, LocalDate heldOn) {
	}

	private final AgentService agents;
	private final Teams teams;
	private final CoachingService sessions;
	private final TrainingNeedService needs;
	private final CoachingEffects effects;
	private final CoachingModules modules;
	private final Clock clock;

	CoachingPlans(AgentService agents, Teams teams, CoachingService sessions, TrainingNeedService needs,
			CoachingEffects effects, CoachingModules modules, Clock clock) {
		this.agents = agents;
		this.teams = teams;
		this.sessions = sessions;
		this.needs = needs;
		this.effects = effects;
		this.modules = modules;
		this.clock = clock;
	}

	/** The window of days an effect compares on each side: 7 to 365, 60 when not given. */
	public static int window(@Nullable Integer days) {
		if (days == null) {
			return CoachingEffects.DEFAULT_WINDOW;
		}
		if (days < 7 || days > 365) {
			throw new InvalidFieldException("window", "must be 7 to 365 days");
		}
		return days;
	}

	/** The plan of an agent the access may see (else not found), needs over [from, to]. */
	public Plan of(Access access, Workspace workspace, UUID agentId, LocalDate from, LocalDate to, int window) {
		Agent agent = agents.get(workspace.id(), agentId);
		if (!sessions.sees(access, agent)) {
			throw new NotFoundException("Agent");
		}
		List<CoachingSession> held = sessions.list(access, agentId);
		List<PlannedNeed> planned = needs.of(workspace, agent, from, to).stream()
			.map(n -> new PlannedNeed(n, held.stream().filter(s -> s.covers(n.kind(), n.key())).findFirst()
				.map(CoachingSession::id).orElse(null)))
			.toList();
		List<PlannedSession> views = held.stream().map(s -> session(workspace, s, window)).toList();
		List<OpenAction> open = new ArrayList<>();
		for (CoachingSession s : held) {
			for (int i = 0; i < s.actions().size(); i++) {
				if (!s.actions().get(i).done()) {
					open.add(new OpenAction(s.id(), i, s.actions().get(i).text(), s.heldOn()));
				}
			}
		}
		LocalDate next = held.stream().filter(s -> s.status() != CoachingStatus.COMPLETED)
			.map(CoachingSession::followUpOn).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		return new Plan(agent, AgentService.teamOf(agent, teams.list(workspace.id())), from, to, window, planned, views,
				List.copyOf(open), next, next != null && next.isBefore(today));
	}

	/** A session with its module and, once held, its effect. */
	public PlannedSession session(Workspace workspace, CoachingSession session, int window) {
		return new PlannedSession(session,
				session.module() == null ? null : modules.find(workspace.id(), session.module()).orElse(null),
				effects.of(workspace, session, window));
	}
}
