package io.tajriba.actions.web;

import java.util.Map;
import java.util.UUID;

import io.tajriba.actions.internal.Backtests;
import io.tajriba.actions.internal.Rule;
import io.tajriba.actions.internal.RuleService;
import io.tajriba.actions.internal.TeamService;
import io.tajriba.personas.Personas;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.surveys.Surveys;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Alert rules: their list, pausing and deleting, and the editor that back-tests a rule before it is saved. */
@Controller
class RulePages {

	private final Workspaces workspaces;
	private final RuleService rules;
	private final Backtests backtests;
	private final Surveys surveys;
	private final Personas personas;
	private final TeamService teams;
	private final AccessAdministration administration;
	private final int minimum;

	RulePages(Workspaces workspaces, RuleService rules, Backtests backtests, Surveys surveys, Personas personas,
			TeamService teams, AccessAdministration administration,
			@Value("${tajriba.metrics.minimum-answers:30}") int minimum) {
		this.workspaces = workspaces;
		this.rules = rules;
		this.backtests = backtests;
		this.surveys = surveys;
		this.personas = personas;
		this.teams = teams;
		this.administration = administration;
		this.minimum = minimum;
	}

	@GetMapping("/alert-rules")
	String list(Model model) {
		Access access = workspaces.current();
		model.addAttribute("rules", rules.list(access).stream().map(RuleJson::view).toList());
		model.addAttribute("canManage", rules.manages(access));
		return "actions/rules";
	}

	@GetMapping("/alert-rules/new")
	String create(@RequestParam(defaultValue = "response") String trigger, Model model) {
		return editor(model, null, Map.of("trigger", trigger, "match", "all", "priority", "normal", "assignTo", "admins",
				"windowDays", "7", "mode", "below", "minimum", String.valueOf(minimum)));
	}

	@GetMapping("/alert-rules/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		return editor(model, id, RuleForm.fields(RuleJson.view(rules.get(workspaces.current(), id))));
	}

	@PostMapping("/alert-rules/save")
	String save(@RequestParam MultiValueMap<String, String> form, Model model) {
		Access access = rules.requireManager(workspaces.current());
		String id = form.getFirst("id");
		UUID ruleId = id == null || id.isBlank() ? null : UUID.fromString(id);
		try {
			Rule rule = RuleJson.rule(RuleForm.body(form), minimum);
			if ("backtest".equals(form.getFirst("action"))) {
				var result = backtests.run(access, rule, 30);
				java.time.ZoneId zone = workspaces.workspace(access.workspaceId()).timeZone();
				model.addAttribute("backtest", result);
				model.addAttribute("backtestWeeks", result.perWeek().stream().map(w -> new Week(
						java.time.LocalDate.parse(w.week()).atStartOfDay(zone).toInstant(), w.cases())).toList());
				return editor(model, ruleId, RuleForm.typed(form));
			}
			if (ruleId == null) {
				rules.create(access, rule);
			}
			else {
				rules.update(access, ruleId, rule);
			}
			return "redirect:/alert-rules";
		}
		catch (InvalidFieldException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", e.getMessage());
			return editor(model, ruleId, RuleForm.typed(form));
		}
	}

	@PostMapping("/alert-rules/{id}/pause")
	String pause(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean paused) {
		Access access = rules.requireManager(workspaces.current());
		Rule rule = rules.get(access, id);
		rules.update(access, id, new Rule(rule.id(), rule.name(), rule.definition(), rule.priority(), rule.assignment(),
				rule.reassignOnBreach(), paused, rule.createdAt(), rule.updatedAt()));
		return "redirect:/alert-rules";
	}

	@PostMapping("/alert-rules/{id}/delete")
	String delete(@PathVariable UUID id) {
		rules.delete(workspaces.current(), id);
		return "redirect:/alert-rules";
	}

	private String editor(Model model, UUID id, Map<String, String> form) {
		Access access = rules.requireManager(workspaces.current());
		model.addAttribute("ruleId", id);
		model.addAttribute("form", form);
		model.addAttribute("rows", java.util.stream.IntStream.range(0, RuleForm.ROWS).boxed().toList());
		model.addAttribute("surveys", surveys.list(access.workspaceId()));
		model.addAttribute("personas", personas.list(access.workspaceId()));
		model.addAttribute("teams", teams.list(access.workspaceId()));
		model.addAttribute("members", administration.membersOf(access.workspaceId()));
		Map<String, java.util.List<String>> fields = new java.util.HashMap<>();
		io.tajriba.actions.domain.Condition.FIELDS.forEach((trigger, names) -> fields.put(trigger.id(), names));
		model.addAttribute("fields", fields);
		return "actions/rule-editor";
	}

	/** A week of the backtest, by the instant it starts (shown in the workspace's calendar). */
	public record Week(java.time.Instant start, long cases) {
	}
}
