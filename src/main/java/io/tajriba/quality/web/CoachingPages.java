package io.tajriba.quality.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.CoachingStatus;
import io.tajriba.quality.internal.AgentFigures;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.CoachingModules;
import io.tajriba.quality.internal.CoachingPlans;
import io.tajriba.quality.internal.CoachingService;
import io.tajriba.quality.internal.CoachingSession;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agent's coaching plan (training needs in words, the form that plans a session from one, sessions with their
 * actions to tick and their effect) and all plans (sessions by coach and agent, follow-ups due). A refused form
 * comes back naming its field, with what was typed.
 */
@Controller
class CoachingPages {

	/** A day shown in the workspace's calendar: noon of it in the workspace's zone. */
	record Noon(ZoneId zone) {

		public Instant of(LocalDate day) {
			return day.atTime(12, 0).atZone(zone).toInstant();
		}
	}

	private final Workspaces workspaces;
	private final CoachingService sessions;
	private final CoachingPlans plans;
	private final CoachingModules modules;
	private final AgentService agents;
	private final AgentFigures figures;
	private final ScorecardService scorecards;
	private final Clock clock;

	CoachingPages(Workspaces workspaces, CoachingService sessions, CoachingPlans plans, CoachingModules modules,
			AgentService agents, AgentFigures figures, ScorecardService scorecards, Clock clock) {
		this.workspaces = workspaces;
		this.sessions = sessions;
		this.plans = plans;
		this.modules = modules;
		this.agents = agents;
		this.figures = figures;
		this.scorecards = scorecards;
		this.clock = clock;
	}

	@GetMapping("/agents/{id}/coaching")
	String plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String focus,
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String module, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		agents.get(workspace.id(), id);
		LocalDate[] period;
		try {
			period = figures.period(workspace.timeZone(), from, to);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			period = figures.period(workspace.timeZone(), null, null);
		}
		CoachingPlans.Plan plan = plans.of(access, workspace, id, period[0], period[1], CoachingPlans.window(null));
		model.addAttribute("plan", plan);
		model.addAttribute("labels", labels(workspace.id()));
		model.addAttribute("modules", modules.list(workspace.id()));
		model.addAttribute("coaches", sessions.coaches(workspace.id()));
		model.addAttribute("focusOptions", focusOptions(workspace.id()));
		model.addAttribute("canPlan", sessions.mayPlan(access, plan.agent()));
		Set<UUID> changeable = new HashSet<>();
		Set<UUID> tickable = new HashSet<>();
		for (CoachingPlans.PlannedSession s : plan.sessions()) {
			if (sessions.mayChange(access, s.session())) {
				changeable.add(s.session().id());
			}
			if (changeable.contains(s.session().id()) || sessions.isCoached(access, s.session())) {
				tickable.add(s.session().id());
			}
		}
		model.addAttribute("changeable", changeable);
		model.addAttribute("tickable", tickable);
		model.addAttribute("noon", new Noon(workspace.timeZone()));
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		model.addAttribute("today", today);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("focus", focus == null ? "" : focus);
			form.put("format", format == null ? "one_to_one" : format);
			form.put("module", module == null ? "" : module);
			form.put("heldOn", today.plusDays(7).toString());
			form.put("coach", access.userId() == null ? "" : access.userId().toString());
			model.addAttribute("form", form);
		}
		return "quality/coaching-plan";
	}

	@PostMapping("/agents/{id}/coaching")
	String planSession(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> focus,
			@RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "") String heldOn,
			@RequestParam(defaultValue = "") String coach, @RequestParam(defaultValue = "") String followUpOn,
			@RequestParam(defaultValue = "") String module, @RequestParam(defaultValue = "") String notes,
			@RequestParam(defaultValue = "") String actions, RedirectAttributes flash) {
		Access access = workspaces.current();
		agents.get(access.workspaceId(), id);
		List<String> chosen = focus == null ? List.of() : focus;
		Map<String, String> typed = new LinkedHashMap<>(Map.of("focus", String.join(",", chosen), "format", format,
				"heldOn", heldOn, "coach", coach, "followUpOn", followUpOn, "module", module, "notes", notes,
				"actions", actions));
		try {
			List<CoachingSession.Focus> items = new ArrayList<>();
			for (int i = 0; i < chosen.size(); i++) {
				String[] parts = chosen.get(i).split(":", 2);
				if (parts.length != 2) {
					throw new InvalidFieldException("focus[" + i + "]", "must be a criterion or a theme");
				}
				items.add(new CoachingSession.Focus(parts[0], parts[1]));
			}
			List<CoachingService.NewAction> agreed = Arrays.stream(actions.split("\\R")).map(String::strip)
				.filter(line -> !line.isEmpty()).map(line -> new CoachingService.NewAction(line, false)).toList();
			sessions.create(access, new CoachingService.NewSession(id, uuid("coach", coach),
					Dates.parseDate("heldOn", heldOn), blank(format), items, notes, agreed,
					Dates.parseDate("followUpOn", followUpOn), uuid("module", module), null));
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("form", typed);
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/agents/" + id + "/coaching";
	}

	@PostMapping("/quality/coaching/{id}")
	String change(@PathVariable UUID id, @RequestParam(defaultValue = "") String part,
			@RequestParam(required = false) @Nullable List<Integer> done, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String completed, @RequestParam(defaultValue = "") String notes,
			@RequestParam(defaultValue = "") String followUpOn, RedirectAttributes flash) {
		Access access = workspaces.current();
		CoachingSession session = sessions.get(access, id);
		try {
			CoachingService.Change change = switch (part) {
				case "actions" -> {
					Set<Integer> ticked = done == null ? Set.of() : Set.copyOf(done);
					List<CoachingService.NewAction> actions = new ArrayList<>();
					for (int i = 0; i < session.actions().size(); i++) {
						actions.add(new CoachingService.NewAction(null, ticked.contains(i)));
					}
					yield new CoachingService.Change(false, null, actions, false, null, null, null, null);
				}
				case "status" -> new CoachingService.Change(false, null, null, false, null, blank(status), null, null);
				case "module" -> new CoachingService.Change(false, null, null, false, null, null, null,
						"true".equals(completed));
				case "notes" -> new CoachingService.Change(true, notes, null, true,
						Dates.parseDate("followUpOn", followUpOn), null, null, null);
				default -> throw new InvalidFieldException("part", "must be actions, status, module or notes");
			};
			sessions.change(access, id, change);
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/agents/" + session.agent() + "/coaching#session-" + id;
	}

	@GetMapping("/quality/coaching")
	String all(Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Map<UUID, Agent> directory = agents.list(workspace.id()).stream()
			.collect(Collectors.toMap(Agent::id, Function.identity()));
		List<CoachingSession> all = new ArrayList<>(sessions.list(access, null));
		LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
		List<CoachingSession> due = all.stream()
			.filter(s -> s.status() != CoachingStatus.COMPLETED && s.followUpOn() != null
					&& !s.followUpOn().isAfter(today.plusDays(7)))
			.sorted(Comparator.comparing(CoachingSession::followUpOn)).toList();
		all.sort(Comparator.comparing((CoachingSession s) -> s.coachName().toLowerCase(Locale.ROOT))
			.thenComparing(s -> directory.get(s.agent()).displayName().toLowerCase(Locale.ROOT))
			.thenComparing(CoachingSession::heldOn, Comparator.reverseOrder()));
		model.addAttribute("due", due);
		model.addAttribute("sessions", all);
		model.addAttribute("directory", directory);
		model.addAttribute("labels", labels(workspace.id()));
		model.addAttribute("modules", modules.list(workspace.id()));
		model.addAttribute("noon", new Noon(workspace.timeZone()));
		model.addAttribute("today", today);
		return "quality/coaching";
	}

	/** Each criterion's wording in the reader's language (else English, else any), by key. */
	private Map<String, String> labels(UUID workspaceId) {
		return labels(scorecards, workspaceId);
	}

	/** Each criterion's wording in the reader's language (else English, else the first given), by its key. */
	static Map<String, String> labels(ScorecardService scorecards, UUID workspaceId) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		Map<String, String> labels = new LinkedHashMap<>();
		for (ScorecardService.Version version : scorecards.list(workspaceId)) {
			version.card().sections().forEach(section -> section.criteria().forEach(item -> {
				Map<String, String> text = item.text();
				String label = text.getOrDefault(language, text.getOrDefault("en", text.values().iterator().next()));
				labels.putIfAbsent(item.criterion().key(), label);
			}));
		}
		return labels;
	}

	private List<String> focusOptions(UUID workspaceId) {
		List<String> options = new ArrayList<>();
		modules.criteria(workspaceId).forEach(c -> options.add("criterion:" + c));
		modules.themes(workspaceId).forEach(t -> options.add("theme:" + t));
		return options;
	}

	private static @Nullable UUID uuid(String field, String value) {
		return value.isBlank() ? null : CoachingApi.uuid(field, value);
	}

	private static @Nullable String blank(String value) {
		return value.isBlank() ? null : value;
	}
}
