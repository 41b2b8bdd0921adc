package io.tajriba.actions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.EffectReport;
import io.tajriba.actions.internal.Initiative;
import io.tajriba.actions.internal.Initiative.Status;
import io.tajriba.actions.internal.InitiativeEffects;
import io.tajriba.actions.internal.InitiativeService;
import io.tajriba.actions.internal.Measurement;
import io.tajriba.actions.internal.UnitCatalog;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The initiatives by status, and an initiative's page: its registered measurement, amendments, launch, cancel and
 * the amend form (a reason required once launched), and what it did so far, measured as the API measures it.
 */
@Controller
class InitiativePages {

	static final List<Status> ORDER = List.of(Status.RUNNING, Status.DRAFT, Status.FINISHED, Status.CANCELLED);

	private final Workspaces workspaces;
	private final InitiativeService initiatives;
	private final InitiativeEffects effects;
	private final InitiativeCharts charts;
	private final InitiativeChoices choices;
	private final UnitCatalog units;
	private final SurveyScores scores;
	private final AccessAdministration members;
	private final ObjectMapper mapper;

	InitiativePages(Workspaces workspaces, InitiativeService initiatives, InitiativeEffects effects,
			InitiativeCharts charts, InitiativeChoices choices, UnitCatalog units, SurveyScores scores,
			AccessAdministration members, ObjectMapper mapper) {
		this.workspaces = workspaces;
		this.initiatives = initiatives;
		this.effects = effects;
		this.charts = charts;
		this.choices = choices;
		this.units = units;
		this.scores = scores;
		this.members = members;
		this.mapper = mapper;
	}

	@GetMapping("/initiatives")
	String list(Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Map<Status, List<Initiative>> byStatus = new LinkedHashMap<>();
		ORDER.forEach(s -> byStatus.put(s, new ArrayList<>()));
		initiatives.list(workspace.id(), null).forEach(i -> byStatus.get(i.status()).add(i));
		String language = LocaleContextHolder.getLocale().getLanguage();
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		for (Measurement.UnitKind kind : Measurement.UnitKind.values()) {
			labels.put(kind.key(), units.labels(workspace.id(), kind, language));
		}
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("labels", labels);
		model.addAttribute("names", names(workspace.id()));
		model.addAttribute("canWrite", access.role().canWrite());
		InitiativeChoices.common(model, workspace);
		return "actions/initiatives";
	}

	@GetMapping("/initiatives/{id}")
	String page(@PathVariable UUID id, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		show(model, access, workspace, initiatives.get(workspace.id(), id), null);
		return "actions/initiative";
	}

	/** Changes a draft freely, or amends a running initiative's measurement with the reason given. */
	@PostMapping("/initiatives/{id}")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Initiative current = initiatives.get(workspace.id(), id);
		InitiativeForm form = InitiativeForm.of(params);
		form = form.with(Map.of("unitKind", current.measurement().unitKind().key()), form.treated(), form.control());
		try {
			initiatives.change(workspace, access.actor(), id, InitiativeInput.change(form.json(mapper, true), current));
			flash.addFlashAttribute("saved", true);
			return "redirect:/initiatives/" + id;
		}
		catch (InvalidFieldException e) {
			response.setStatus(422);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			show(model, access, workspace, current, form);
			return "actions/initiative";
		}
	}

	@PostMapping("/initiatives/{id}/launch")
	String launch(@PathVariable UUID id, RedirectAttributes flash) {
		Workspace workspace = workspaces.currentWorkspace();
		initiatives.get(workspace.id(), id);
		return attempt(id, flash, () -> initiatives.launch(workspace, id));
	}

	@PostMapping("/initiatives/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes flash) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		Initiative i = initiatives.get(workspace.id(), id);
		return attempt(id, flash, () -> initiatives.change(workspace, access.actor(), id,
				new InitiativeService.Change(i.title(), i.description(), i.owner(), i.measurement(), null, true)));
	}

	private void show(Model model, Access access, Workspace workspace, Initiative i, @Nullable InitiativeForm typed) {
		Locale language = LocaleContextHolder.getLocale();
		Map<String, String> labels = units.labels(workspace.id(), i.measurement().unitKind(), language.getLanguage());
		Map<UUID, String> surveys = scores.surveyNames(workspace.id());
		EffectReport report = effects.of(workspace, i, language);
		model.addAttribute("i", i);
		model.addAttribute("m", i.measurement());
		model.addAttribute("labels", labels);
		model.addAttribute("names", names(workspace.id()));
		model.addAttribute("surveyName", i.measurement().survey() == null ? null : surveys.get(i.measurement().survey()));
		model.addAttribute("amendments", InitiativeAmendments.rows(initiatives.amendments(workspace.id(), i.id()),
				labels, surveys));
		model.addAttribute("report", report);
		model.addAttribute("chartJson", mapper.writeValueAsString(charts.data(workspace, report, language)));
		boolean changeable = access.role().canWrite() && (i.status() == Status.DRAFT || i.status() == Status.RUNNING);
		model.addAttribute("canWrite", access.role().canWrite());
		model.addAttribute("changeable", changeable);
		if (changeable) {
			choices.fill(model, workspace, typed != null ? typed : InitiativeForm.of(i));
		}
		InitiativeChoices.common(model, workspace);
	}

	private Map<UUID, String> names(UUID workspaceId) {
		return members.memberNames(workspaceId);
	}

	/** Does a change of status; a refused one comes back to the page saying why. */
	private static String attempt(UUID id, RedirectAttributes flash, Runnable change) {
		try {
			change.run();
			flash.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
		}
		catch (ResponseStatusException e) {
			flash.addFlashAttribute("errorField", "status");
			flash.addFlashAttribute("errorMessage", e.getReason());
		}
		return "redirect:/initiatives/" + id;
	}
}
