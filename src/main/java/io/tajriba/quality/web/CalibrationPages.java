package io.tajriba.quality.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.interactions.InteractionFilter;
import io.tajriba.interactions.InteractionView;
import io.tajriba.interactions.Interactions;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.Agent;
import io.tajriba.quality.domain.Criterion;
import io.tajriba.quality.domain.Scorecard;
import io.tajriba.quality.internal.AgentService;
import io.tajriba.quality.internal.CalibrationConflictException;
import io.tajriba.quality.internal.CalibrationService;
import io.tajriba.quality.internal.CalibrationSheet;
import io.tajriba.quality.internal.ScorecardService;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calibration sessions (with a form to start one) and a session's page: each interaction beside the criteria to
 * score, blind until scored, then the reviewers' points side by side and the agreement table. A refused form comes
 * back naming its field.
 */
@Controller
class CalibrationPages {

	private final Workspaces workspaces;
	private final CalibrationService calibrations;
	private final ScorecardService scorecards;
	private final AgentService agents;
	private final Interactions interactions;
	private final AccessAdministration administration;

	CalibrationPages(Workspaces workspaces, CalibrationService calibrations, ScorecardService scorecards,
			AgentService agents, Interactions interactions, AccessAdministration administration) {
		this.workspaces = workspaces;
		this.calibrations = calibrations;
		this.scorecards = scorecards;
		this.agents = agents;
		this.interactions = interactions;
		this.administration = administration;
	}

	@GetMapping("/quality/calibrations")
	String list(Model model) {
		Access access = workspaces.current();
		UUID w = access.workspaceId();
		model.addAttribute("sessions", calibrations.list(access));
		model.addAttribute("canWrite", access.role().canWrite());
		if (access.role().canWrite()) {
			model.addAttribute("scorecards", scorecards.list(w));
			model.addAttribute("recent", interactions.list(w, new InteractionFilter(null, null, null, null, null, null, 50)));
			model.addAttribute("members", calibrations.possibleReviewers(w));
			model.addAttribute("agentNames", agentNames(w));
		}
		return "quality/calibrations";
	}

	@PostMapping("/quality/calibrations")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) @Nullable String scorecard,
			@RequestParam(required = false) @Nullable List<String> interactions,
			@RequestParam(required = false) @Nullable List<String> reviewers, RedirectAttributes flash) {
		Access access = workspaces.current();
		try {
			List<UUID> users = new java.util.ArrayList<>();
			List<String> chosen = reviewers == null ? List.of() : reviewers;
			for (int i = 0; i < chosen.size(); i++) {
				users.add(uuid(chosen.get(i), "reviewers[" + i + "]"));
			}
			UUID card = scorecard == null || scorecard.isBlank() ? null : uuid(scorecard, "scorecard");
			var session = calibrations.create(access, new CalibrationService.NewSession(name, card,
					interactions == null ? List.of() : interactions, users));
			return "redirect:/quality/calibrations/" + session.id();
		}
		catch (InvalidFieldException e) {
			flash.addFlashAttribute("errorField", e.field());
			flash.addFlashAttribute("errorMessage", e.getMessage());
			flash.addFlashAttribute("typedName", name);
			return "redirect:/quality/calibrations";
		}
	}

	@GetMapping("/quality/calibrations/{id}")
	String session(@PathVariable UUID id, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.currentWorkspace();
		CalibrationSheet sheet = calibrations.sheet(access, id);
		Map<UUID, String> names = new HashMap<>();
		administration.membersOf(access.workspaceId()).forEach(m -> names.put(m.userId(), m.displayName()));
		Map<String, InteractionView> shown = new HashMap<>();
		sheet.session().items().forEach(i -> interactions.find(access.workspaceId(), i.interaction())
			.ifPresent(v -> shown.put(i.interaction(), v)));
		Scorecard card = sheet.version().card();
		model.addAttribute("sheet", sheet);
		model.addAttribute("card", card);
		model.addAttribute("criteria", card.scoring());
		model.addAttribute("wording", wording(card, LocaleContextHolder.getLocale().getLanguage(),
				workspace.defaultLocale()));
		model.addAttribute("names", names);
		Map<String, String> reviewerNames = new HashMap<>();
		names.forEach((user, name) -> reviewerNames.put(user.toString(), name));
		model.addAttribute("reviewerNames", reviewerNames);
		model.addAttribute("interactions", shown);
		model.addAttribute("agentNames", agentNames(access.workspaceId()));
		model.addAttribute("me", access.userId());
		model.addAttribute("canWrite", access.role().canWrite());
		return "quality/calibration";
	}

	@PostMapping("/quality/calibrations/{id}/scores")
	String score(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		Access access = workspaces.current();
		var session = calibrations.get(access, id);
		String interaction = form.getFirst("interaction");
		int position = session.items().stream().filter(i -> i.interaction().equals(interaction))
			.mapToInt(CalibrationService.Item::position).findFirst().orElse(0);
		try {
			Map<String, @Nullable Integer> answers = new HashMap<>();
			Map<String, String> comments = new LinkedHashMap<>();
			form.forEach((field, values) -> {
				String value = values.isEmpty() ? "" : values.getFirst();
				if (field.startsWith("answer.")) {
					answers.put(field.substring(7), value.equals("na") ? null : point(value, field.substring(7)));
				}
				else if (field.startsWith("comment.") && !value.isBlank()) {
					comments.put(field.substring(8), value.strip());
				}
			});
			calibrations.submit(access, id, new CalibrationService.NewScore(interaction, answers, comments));
			flash.addFlashAttribute("saved", position);
		}
		catch (InvalidFieldException | CalibrationConflictException e) {
			flash.addFlashAttribute("errorField", e instanceof InvalidFieldException f ? f.field() : "interaction");
			flash.addFlashAttribute("errorMessage", e.getMessage());
			flash.addFlashAttribute("errorItem", position);
		}
		return "redirect:/quality/calibrations/" + id + "#item-" + position;
	}

	@PostMapping("/quality/calibrations/{id}/close")
	String close(@PathVariable UUID id) {
		calibrations.close(workspaces.current(), id);
		return "redirect:/quality/calibrations/" + id;
	}

	/** Each criterion's text in the page's language, else the workspace's, else English, else the first given. */
	static Map<String, String> wording(Scorecard card, String language, String workspaceLocale) {
		String workspace = workspaceLocale.split("[-_]")[0];
		Map<String, String> wording = new HashMap<>();
		card.sections().forEach(s -> s.criteria().forEach(item -> {
			Map<String, String> text = item.text();
			Criterion c = item.criterion();
			wording.put(c.key(), text.getOrDefault(language, text.getOrDefault(workspace,
					text.getOrDefault("en", text.values().iterator().next()))));
		}));
		return wording;
	}

	private Map<UUID, String> agentNames(UUID w) {
		Map<UUID, String> names = new HashMap<>();
		for (Agent agent : agents.list(w)) {
			names.put(agent.id(), agent.displayName());
		}
		return names;
	}

	private static @Nullable Integer point(String value, String key) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("answers." + key, "must be a whole point, or N/A");
		}
	}

	private static UUID uuid(String value, String field) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "must be an id");
		}
	}
}
