package io.tajriba.maturity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.journeys.JourneyStages;
import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.Principle;
import io.tajriba.maturity.internal.Goals;
import io.tajriba.maturity.internal.Principles;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.AgentDirectory;
import io.tajriba.quality.AgentQuality;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The principles page (each principle measured: QA score of its criteria and its stages' customers, with intervals;
 * owners and admins write and remove them), the principles on a case page and on the agent's home (loaded into them),
 * and the goals page (goals by horizon with their figure, status, path and history; owners and admins set them).
 */
@Controller
class GovernancePages {

	private final Principles principles;
	private final Goals goals;
	private final Workspaces workspaces;
	private final AgentQuality quality;
	private final AgentDirectory agents;
	private final JourneyStages journeys;

	GovernancePages(Principles principles, Goals goals, Workspaces workspaces, AgentQuality quality,
			AgentDirectory agents, JourneyStages journeys) {
		this.principles = principles;
		this.goals = goals;
		this.workspaces = workspaces;
		this.quality = quality;
		this.agents = agents;
		this.journeys = journeys;
	}

	@GetMapping("/principles")
	String principles(Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		String language = MaturityApi.language(null);
		model.addAttribute("principles", principles.measure(workspace, language, null));
		model.addAttribute("criteria", quality.criteria(workspace.id(), language));
		model.addAttribute("stages", stages(workspace.id(), language));
		model.addAttribute("canAdminister", workspaces.current().role().canAdminister());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "maturity/principles";
	}

	@PostMapping("/principles")
	String createPrinciple(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Access admin = workspaces.requireAdmin();
		Map<String, String> statement = new LinkedHashMap<>();
		for (String language : List.of("en", "fa", "ar", "he")) {
			String text = form.getFirst("statement." + language);
			if (text != null && !text.isBlank()) {
				statement.put(language, text);
			}
		}
		return submitted("/principles", form, redirect,
				() -> principles.create(admin, new Principle(statement, list(form, "criteria"), list(form, "stages"))));
	}

	@PostMapping("/principles/{id}/delete")
	String deletePrinciple(@PathVariable UUID id) {
		principles.delete(workspaces.requireAdmin(), id);
		return "redirect:/principles";
	}

	@GetMapping("/principles/on-case")
	String onCase(@RequestParam(required = false) @Nullable String touchpoint, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		String language = MaturityApi.language(null);
		Optional<JourneyStages.Stage> stage = touchpoint == null ? Optional.empty()
				: journeys.of(workspace.id(), null, language).orElse(List.of()).stream()
					.filter(s -> s.touchpoints().contains(touchpoint)).findFirst();
		List<Principles.Measured> all = principles.measure(workspace, language, null);
		List<Principles.Measured> about = stage.map(s -> all.stream()
			.filter(m -> m.entry().principle().stages().contains(s.key())).toList()).orElse(List.of());
		model.addAttribute("principles", about.isEmpty() ? all : about);
		model.addAttribute("stage", stage.orElse(null));
		return "maturity/governance-parts :: onCase";
	}

	@GetMapping("/principles/on-agent-home")
	String onAgentHome(Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Agent agent = access.userId() == null ? null : agents.list(workspace.id()).stream()
			.filter(a -> access.userId().equals(a.user())).findFirst().orElse(null);
		model.addAttribute("principles", agent == null ? List.of()
				: principles.measure(workspace, MaturityApi.language(null), agent.id()));
		return "maturity/governance-parts :: onAgentHome";
	}

	@GetMapping("/goals")
	String goals(Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		String language = MaturityApi.language(null);
		Map<String, List<GoalCard>> byHorizon = new LinkedHashMap<>();
		for (Goal.Horizon h : Goal.Horizon.values()) {
			byHorizon.put(h.key(), new ArrayList<>());
		}
		Map<String, String> stageNames = stages(workspace.id(), language);
		goals.list(workspace).forEach(v -> byHorizon.get(v.entry().goal().horizon().key())
			.add(GoalCard.of(v, stageNames)));
		model.addAttribute("horizons", byHorizon);
		model.addAttribute("stages", stageNames);
		model.addAttribute("metrics", java.util.Arrays.stream(Goal.Metric.values()).map(Goal.Metric::key).toList());
		model.addAttribute("today", goals.today(workspace));
		model.addAttribute("canAdminister", workspaces.current().role().canAdminister());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "maturity/goals";
	}

	@PostMapping("/goals")
	String createGoal(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Access admin = workspaces.requireAdmin();
		Workspace workspace = workspaces.workspace(admin.workspaceId());
		return submitted("/goals", form, redirect, () -> goals.create(admin, GovernanceApi.goal(
				new GovernanceApi.NewGoal(form.getFirst("name"), form.getFirst("metric"), form.getFirst("stage"),
						number(form.getFirst("target")), form.getFirst("setOn"), form.getFirst("dueOn")),
				goals.today(workspace))));
	}

	@PostMapping("/goals/{id}/delete")
	String deleteGoal(@PathVariable UUID id) {
		goals.delete(workspaces.requireAdmin(), id);
		return "redirect:/goals";
	}

	/** Does what a form asks and goes back to its page: saved, or the refused field named with what was typed. */
	private static String submitted(String page, MultiValueMap<String, String> form, RedirectAttributes redirect,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("errorField", e.field());
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			redirect.addFlashAttribute("form", form.toSingleValueMap());
		}
		return "redirect:" + page;
	}

	private static @Nullable Double number(@Nullable String typed) {
		try {
			return typed == null || typed.isBlank() ? null : Double.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("target", "must be a number");
		}
	}

	private Map<String, String> stages(UUID workspaceId, String language) {
		Map<String, String> names = new LinkedHashMap<>();
		journeys.of(workspaceId, null, language).orElse(List.of()).forEach(s -> names.put(s.key(), s.name()));
		return names;
	}

	private static List<String> list(MultiValueMap<String, String> form, String name) {
		List<String> values = form.get(name);
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}
}
