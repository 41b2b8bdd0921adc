package io.tajriba.maturity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.maturity.domain.Evaluation;
import io.tajriba.maturity.domain.Rubric;
import io.tajriba.maturity.internal.Assessment;
import io.tajriba.maturity.internal.Assessments;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Member;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The maturity report (an assessment, or the evidence now when there is none yet: the radar of evidence against
 * raters, the levels side by side with their disagreements, how each evidence figure earned its level, the raters'
 * heat map, the recommendations and the history) and the raters' questionnaire.
 */
@Controller
class MaturityPages {

	/** A history row: an assessment and its levels per competency. */
	record HistoryRow(UUID id, String name, java.time.Instant asOf, String status, @Nullable Integer overall,
			@Nullable Integer overallRaters, List<@Nullable Integer> evidence, List<@Nullable Integer> raters) {
	}

	private final Assessments assessments;
	private final Workspaces workspaces;
	private final AccessAdministration members;

	MaturityPages(Assessments assessments, Workspaces workspaces, AccessAdministration members) {
		this.assessments = assessments;
		this.workspaces = workspaces;
		this.members = members;
	}

	@GetMapping("/maturity")
	String report(@RequestParam(required = false) @Nullable UUID assessment, Model model) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.currentWorkspace();
		String language = MaturityApi.language(null);
		Rubric rubric = assessments.rubric();
		List<Assessment> all = assessments.list(access);
		model.addAttribute("rubric", rubric);
		model.addAttribute("language", language);
		model.addAttribute("mine", all.stream().filter(a -> a.open() && a.raters().stream()
			.anyMatch(r -> r.user().equals(access.userId()))).toList());
		if (!Assessments.readsReport(access)) {
			model.addAttribute("assessment", null);
			model.addAttribute("agentOnly", true);
			return "maturity/report";
		}
		model.addAttribute("agentOnly", false);
		Map<UUID, String> names = members.memberNames(workspace.id());
		List<MaturityJson.CompetencyView> competencies;
		MaturityJson.AssessmentView view = null;
		if (all.isEmpty() && assessment == null) {
			Assessments.Now now = assessments.evidenceNow(workspace);
			Evaluation e = assessments.evaluate(now.evidence());
			competencies = MaturityJson.competencies(rubric, e, null, language);
			model.addAttribute("overall", MaturityJson.number(e.overall()));
			model.addAttribute("overallName", MaturityJson.name(rubric, e.overall(), language));
		}
		else {
			UUID id = assessment != null ? assessment : all.getFirst().id();
			view = MaturityApi.view(rubric, assessments.read(access, id), names, language);
			competencies = view.competencies();
			model.addAttribute("overall", view.overallLevel());
			model.addAttribute("overallName", view.overallLevelName());
		}
		model.addAttribute("assessment", view);
		model.addAttribute("competencies", competencies);
		model.addAttribute("radar", Radar.of(competencies.stream()
			.map(c -> new Radar.Spoke(c.name(), c.evidenceLevel(), c.raterLevel())).toList()));
		model.addAttribute("raterNames", view == null ? Map.of() : raterNames(view));
		model.addAttribute("history", all.stream().map(a -> history(a, assessments.evaluation(a))).toList());
		model.addAttribute("members", access.role().canAdminister() ? members.membersOf(workspace.id()) : List.<Member>of());
		model.addAttribute("groups", List.of("executive", "manager", "frontline"));
		return "maturity/report";
	}

	private static Map<UUID, String> raterNames(MaturityJson.AssessmentView view) {
		Map<UUID, String> names = new LinkedHashMap<>();
		view.raters().forEach(r -> names.put(r.user(), r.name() == null ? r.user().toString().substring(0, 8) : r.name()));
		return names;
	}

	private static HistoryRow history(Assessment a, Evaluation e) {
		List<@Nullable Integer> evidence = new ArrayList<>();
		List<@Nullable Integer> raters = new ArrayList<>();
		e.competencies().forEach(c -> {
			evidence.add(MaturityJson.number(c.evidenceLevel()));
			raters.add(MaturityJson.number(c.raterLevel()));
		});
		return new HistoryRow(a.id(), a.name(), a.asOf(), a.status(), MaturityJson.number(e.overall()),
				MaturityJson.number(e.overallRaters()), evidence, raters);
	}

	@PostMapping("/maturity/assessments")
	String create(@RequestParam(required = false) @Nullable String name, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		List<Assessments.Invite> raters = new ArrayList<>();
		form.forEach((field, value) -> {
			if (field.startsWith("rater.") && !value.isBlank()) {
				try {
					raters.add(new Assessments.Invite(UUID.fromString(field.substring(6)), value));
				}
				catch (IllegalArgumentException e) {
					throw new InvalidFieldException(field, "must name a member");
				}
			}
		});
		try {
			UUID id = assessments.create(workspaces.current(), name, raters);
			return "redirect:/maturity?assessment=" + id;
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("errorField", e.field());
			redirect.addFlashAttribute("errorMessage", e.getMessage());
			return "redirect:/maturity";
		}
	}

	@GetMapping("/maturity/assessments/{id}/rate")
	String questionnaire(@PathVariable UUID id, Model model) {
		Access access = workspaces.current();
		Assessment a = assessments.questionnaire(access, id);
		Assessment.Rater mine = a.raters().stream().filter(r -> r.user().equals(access.userId())).findFirst()
			.orElse(null);
		model.addAttribute("assessment", a);
		model.addAttribute("rater", mine);
		model.addAttribute("ratings", mine == null ? Map.of() : mine.ratings());
		model.addAttribute("rubric", assessments.rubric());
		model.addAttribute("language", MaturityApi.language(null));
		return "maturity/rate";
	}

	@PostMapping("/maturity/assessments/{id}/ratings")
	String rate(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Object> ratings = new LinkedHashMap<>();
		form.forEach((field, value) -> {
			if (field.startsWith("item.") && !value.isBlank()) {
				try {
					ratings.put(field.substring(5), Integer.valueOf(value));
				}
				catch (NumberFormatException e) {
					ratings.put(field.substring(5), value);
				}
			}
		});
		try {
			assessments.rate(workspaces.current(), id, ratings);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("errorField", e.field());
			redirect.addFlashAttribute("errorMessage", e.getMessage());
		}
		return "redirect:/maturity/assessments/" + id + "/rate";
	}
}
