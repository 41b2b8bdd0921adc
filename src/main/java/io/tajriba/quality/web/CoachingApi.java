package io.tajriba.quality.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.internal.AgentFigures;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.CoachingModules;
import io.tajriba.quality.internal.CoachingPlans;
import io.tajriba.quality.internal.CoachingService;
import io.tajriba.quality.internal.CoachingSession;
import io.tajriba.quality.web.CoachingJson.ModuleView;
import io.tajriba.quality.web.CoachingJson.PlanView;
import io.tajriba.quality.web.CoachingJson.SessionView;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Coaching", description = "Coaching sessions, agents' coaching plans with the measured effect, and the "
		+ "e-learning catalogue")
@RestController
class CoachingApi {

	static final String SESSION = " Body: agent (an agent's id), coach (a member's user id; the caller by default), "
			+ "heldOn (the day planned or held, yyyy-mm-dd), format (one_to_one, elearning, group), focus "
			+ "([{\"kind\":\"criterion\"|\"theme\",\"key\":..}], at least one), notes, actions ([{\"text\":..,"
			+ "\"done\":false}]), followUpOn, module (a catalogue module's id, e-learning only and required there), "
			+ "status (planned, held, completed; planned by default).";

	static final String EFFECT = " effect (held and completed sessions): per measure (iqs, each focus criterion, "
			+ "csat; all 0 to 1) the days before the session against as many after it (window, 60 by default, cut at "
			+ "today), method difference_in_differences against comparisonAgents active agents of similar baseline "
			+ "not coached in those days, or before_after when fewer than two; value, ci95, n, helped (the interval "
			+ "above 0).";

	private final Workspaces workspaces;
	private final CoachingService sessions;
	private final CoachingPlans plans;
	private final CoachingModules modules;
	private final AgentService agents;
	private final AgentFigures figures;

	CoachingApi(Workspaces workspaces, CoachingService sessions, CoachingPlans plans, CoachingModules modules,
			AgentService agents, AgentFigures figures) {
		this.workspaces = workspaces;
		this.sessions = sessions;
		this.plans = plans;
		this.modules = modules;
		this.agents = agents;
		this.figures = figures;
	}

	@Operation(summary = "The coaching sessions, newest first, of one agent when agent (an agent's id) is given. Members "
			+ "with the agent role see only their own sessions and those of the team they lead.")
	@GetMapping("/api/v1/coaching")
	List<SessionView> list(@RequestParam(required = false) @Nullable String agent) {
		Access access = workspaces.current();
		UUID id = agent == null || agent.isBlank() ? null : uuid("agent", agent);
		Map<UUID, Agent> directory = agents.list(access.workspaceId()).stream()
			.collect(Collectors.toMap(Agent::id, Function.identity()));
		Map<UUID, CoachingModules.Module> catalogue = modules.list(access.workspaceId()).stream()
			.collect(Collectors.toMap(CoachingModules.Module::id, Function.identity()));
		return sessions.list(access, id).stream()
			.map(s -> SessionView.of(new CoachingPlans.PlannedSession(s,
					s.module() == null ? null : catalogue.get(s.module()), null), directory.get(s.agent())))
			.toList();
	}

	@Operation(summary = "Plan or record a coaching session (owners, admins, analysts, and the lead of the agent's "
			+ "team)." + SESSION)
	@PostMapping("/api/v1/coaching")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@RequestBody JsonNode body) {
		Access access = workspaces.current();
		return view(sessions.create(access, CoachingJson.newSession(body)), null);
	}

	@Operation(summary = "A coaching session with its effect." + EFFECT)
	@GetMapping("/api/v1/coaching/{id}")
	SessionView get(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer window) {
		return view(sessions.get(workspaces.current(), id), window);
	}

	@Operation(summary = "Change a session: notes, actions (the whole list; an item without text keeps the text at its "
			+ "place), followUpOn, heldOn, status (forward only) by the coach, the team's lead and analysts; the "
			+ "coached agent may only tick actions done and set moduleCompleted (true or false).")
	@PatchMapping("/api/v1/coaching/{id}")
	SessionView change(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		sessions.get(access, id);
		return view(sessions.change(access, id, CoachingJson.change(body)), null);
	}

	@Operation(summary = "An agent's coaching plan: trainingNeeds (as in the figures, over from and to, the last 90 "
			+ "days by default, each with the latest session working on it), sessions newest first with their "
			+ "effect, openActions (agreed, not done), nextFollowUp and followUpOverdue." + EFFECT)
	@GetMapping("/api/v1/agents/{id}/coaching")
	PlanView plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Integer window) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		agents.get(workspace.id(), id);
		LocalDate[] period = figures.period(workspace.timeZone(), from, to);
		return PlanView.of(plans.of(access, workspace, id, period[0], period[1], CoachingPlans.window(window)));
	}

	@Operation(summary = "The e-learning catalogue: modules with a title, an https link and the criterion or theme "
			+ "they train")
	@GetMapping("/api/v1/coaching/modules")
	List<ModuleView> modules() {
		return modules.list(workspaces.current().workspaceId()).stream().map(ModuleView::of).toList();
	}

	@Operation(summary = "Add an e-learning module (owners, admins, analysts): title, link (https), and criterion (a "
			+ "criterion's key of the workspace's scorecards) or theme (one of the workspace's themes)")
	@PostMapping("/api/v1/coaching/modules")
	@ResponseStatus(HttpStatus.CREATED)
	ModuleView createModule(@RequestBody JsonNode body) {
		return ModuleView.of(modules.create(workspaces.current(), CoachingJson.module(body)));
	}

	@Operation(summary = "Replace an e-learning module (owners, admins, analysts): title, link, criterion or theme")
	@PutMapping("/api/v1/coaching/modules/{id}")
	ModuleView changeModule(@PathVariable UUID id, @RequestBody JsonNode body) {
		Access access = workspaces.current();
		modules.get(access.workspaceId(), id);
		return ModuleView.of(modules.change(access, id, CoachingJson.module(body)));
	}

	@Operation(summary = "Remove an e-learning module (owners, admins, analysts); sessions that used it keep going "
			+ "without it")
	@DeleteMapping("/api/v1/coaching/modules/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteModule(@PathVariable UUID id) {
		modules.delete(workspaces.current(), id);
	}

	private SessionView view(CoachingSession session, @Nullable Integer window) {
		Workspace workspace = workspaces.currentWorkspace();
		return SessionView.of(plans.session(workspace, session, CoachingPlans.window(window)),
				agents.get(workspace.id(), session.agent()));
	}

	static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}
}
