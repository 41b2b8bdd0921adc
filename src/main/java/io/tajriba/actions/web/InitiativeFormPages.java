package io.tajriba.actions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.actions.internal.InitiativeService;
import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.actions.internal.UnitCatalog;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The new initiative's form, prefilled from the insight it is started from, with its live power estimate and
 * suggested controls as fragments; it creates the draft through the API's own rules, and a refused form comes
 * back as typed with the field named.
 */
@Controller
class InitiativeFormPages {

	private final Workspaces workspaces;
	private final InitiativeService initiatives;
	private final InitiativeApi api;
	private final InitiativeChoices choices;
	private final UnitCatalog units;
	private final ObjectMapper mapper;
	private final Clock clock;

	InitiativeFormPages(Workspaces workspaces, InitiativeService initiatives, InitiativeApi api,
			InitiativeChoices choices, UnitCatalog units, ObjectMapper mapper, Clock clock) {
		this.workspaces = workspaces;
		this.initiatives = initiatives;
		this.api = api;
		this.choices = choices;
		this.units = units;
		this.mapper = mapper;
		this.clock = clock;
	}

	@GetMapping("/initiatives/new")
	String form(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String ref,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String stage,
			@RequestParam(defaultValue = "") String touchpoint, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Map<String, String> fields = defaults(access, LocalDate.now(clock.withZone(workspace.timeZone())));
		// a pain point at a touchpoint treats that touchpoint; one of a stage (of the first map) that stage
		String target = touchpoint.isBlank() ? ref.startsWith("touchpoint:") ? ref.substring(11) : "" : touchpoint;
		String stageKey = stage.isBlank() ? ref.startsWith("stage:") ? ref.substring(6) : "" : stage;
		boolean isStage = target.isBlank() && !stageKey.isBlank()
				&& units.labels(workspace.id(), UnitKind.STAGE, null).containsKey(stageKey.strip());
		fields.put("unitKind", isStage ? "stage" : "touchpoint");
		List<String> treated = isStage ? List.of(stageKey.strip())
				: target.isBlank() ? List.of() : List.of(target.strip());
		if (InitiativeInput.INSIGHTS.contains(kind) && !ref.isBlank()) {
			fields.putAll(Map.of("insightKind", kind, "insightRef", ref, "insightLabel", label));
		}
		// a driver is one of the NPS of its survey (its reference is that survey's id, a colon and its key)
		if (kind.equals("driver") && ref.matches("[0-9a-fA-F-]{36}:.+")) {
			fields.putAll(Map.of("metric", "nps", "survey", ref.substring(0, 36)));
		}
		fields.put("stage", stageKey.strip());
		fields.put("touchpoint", target.strip());
		choices.fill(model, workspace, new InitiativeForm(fields, treated, List.of(), true));
		return "actions/initiative-new";
	}

	@PostMapping("/initiatives")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		InitiativeForm form = InitiativeForm.of(params);
		try {
			var created = initiatives.create(workspace, access.actor(), InitiativeInput.draft(form.json(mapper, false)));
			return "redirect:/initiatives/" + created.id();
		}
		catch (InvalidFieldException e) {
			response.setStatus(422);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			choices.fill(model, workspace, form);
			return "actions/initiative-new";
		}
	}

	/** The power estimate in a sentence, from the form as it now is; what stops it, said instead. */
	@PostMapping("/initiatives/power")
	String power(@RequestParam MultiValueMap<String, String> params, Model model) {
		InitiativeForm form = InitiativeForm.of(params);
		InitiativeChoices.common(model, workspaces.currentWorkspace());
		try {
			InitiativeApi.PowerView view = api.power(form.planning(mapper));
			model.addAttribute("estimate", view);
			model.addAttribute("plannedWeeks", plannedWeeks(form));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("powerField", e.field());
			model.addAttribute("powerError", e.getMessage());
		}
		model.addAttribute("metric", InitiativeChoices.metric(form.get("metric")).key());
		return "actions/initiative-parts :: power";
	}

	/** The controls that would be suggested, beside the treated units' baseline, with the regression warning. */
	@PostMapping("/initiatives/controls")
	String controls(@RequestParam MultiValueMap<String, String> params, Model model) {
		Workspace workspace = workspaces.currentWorkspace();
		InitiativeForm form = InitiativeForm.of(params);
		try {
			model.addAttribute("suggested", api.controls(form.planning(mapper)));
			model.addAttribute("labels", units.labels(workspace.id(), InitiativeChoices.kind(form.get("unitKind")),
					LocaleContextHolder.getLocale().getLanguage()));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("controlsField", e.field());
			model.addAttribute("controlsError", e.getMessage());
		}
		model.addAttribute("metric", InitiativeChoices.metric(form.get("metric")).key());
		InitiativeChoices.common(model, workspace);
		return "actions/initiative-parts :: controls";
	}

	/** The unit picker for the form's kind, metric, survey and baseline; the power estimate follows it. */
	@GetMapping("/initiatives/units")
	String units(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Workspace workspace = workspaces.currentWorkspace();
		InitiativeForm form = InitiativeForm.of(params);
		model.addAttribute("form", form);
		model.addAttribute("picker", choices.picker(workspace, form));
		response.setHeader("HX-Trigger", "initiative-units");
		return "actions/initiative-parts :: units";
	}

	/** A launch today after a baseline of the eight weeks before, planned to run twelve weeks, owned by the reader. */
	private static Map<String, String> defaults(Access access, LocalDate launch) {
		return new LinkedHashMap<>(Map.of("metric", "csat", "minEffect", "5", "launchOn", launch.toString(),
				"baselineTo", launch.minusDays(1).toString(), "baselineFrom", launch.minusWeeks(8).toString(),
				"plannedEnd", launch.plusWeeks(12).toString(),
				"owner", access.userId() == null ? "" : access.userId().toString()));
	}

	/** The weeks from the launch to the planned end, when both are days. */
	private static @Nullable Long plannedWeeks(InitiativeForm form) {
		try {
			return ChronoUnit.WEEKS.between(LocalDate.parse(form.get("launchOn").strip()),
					LocalDate.parse(form.get("plannedEnd").strip()));
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
