package io.tajriba.actions.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.Heavy;
import io.tajriba.actions.Backtest;
import io.tajriba.actions.internal.Backfill;
import io.tajriba.actions.internal.Backtests;
import io.tajriba.actions.internal.RuleService;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Alert rules", description = "Rules that open cases from responses, texts, interactions and metrics")
@RestController
@RequestMapping("/api/v1/alert-rules")
class AlertRuleApi {

	static final String RULE = " A rule: name, trigger (response, text, interaction, metric), match (all or any of "
			+ "the conditions), conditions [{field, op, value, question}] from a fixed catalogue: response: nps, csat, "
			+ "ces (op lt, lte, eq, gte, gt; a score), answer (question: its key; op eq or in; the chosen options), "
			+ "emotion (op in; emotions picked); text: sentiment (eq or in; negative, neutral, positive), score (-1 to "
			+ "1), emotion (op in: anger, frustration, sadness, ...), theme (op in: theme keys); interaction: type (eq "
			+ "or in), outcome (eq or in, from properties.outcome), value (lt ... gt). A metric rule has metric "
			+ "{metric: nps|csat|ces, scope: all|survey|channel|touchpoint|stage|agent|persona, value, windowDays (7), "
			+ "mode: below (fires when the whole 95% interval is under threshold) or drop (a significant fall against "
			+ "the window before), threshold, minimum (answers in each window)} instead of conditions. scope "
			+ "{surveys, channels, touchpoints, personas, languages} limits where a rule applies; priority (urgent, "
			+ "high, normal, low); assignment {to: user (user), role (role), touchpoint_owner, stage_owner, theme_owner "
			+ "(of the text's first theme with an owner), "
			+ "team_lead (of the signal's agent), round_robin (team), admins}; reassignOnBreach; paused.";

	record Backfilled(int signals) {
	}

	private final Workspaces workspaces;
	private final RuleService rules;
	private final Backtests backtests;
	private final Backfill backfill;
	private final int minimum;

	AlertRuleApi(Workspaces workspaces, RuleService rules, Backtests backtests, Backfill backfill,
			@Value("${tajriba.metrics.minimum-answers:30}") int minimum) {
		this.backfill = backfill;
		this.workspaces = workspaces;
		this.rules = rules;
		this.backtests = backtests;
		this.minimum = minimum;
	}

	@Operation(summary = "The workspace's alert rules, oldest first")
	@GetMapping
	List<RuleJson.View> list() {
		return rules.list(workspaces.current()).stream().map(RuleJson::view).toList();
	}

	@Operation(summary = "Create an alert rule (owners, admins and analysts); a bad rule is a 422 naming its field."
			+ RULE)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RuleJson.View create(@RequestBody RuleJson.Body body) {
		var access = rules.requireManager(workspaces.current());
		return RuleJson.view(rules.create(access, RuleJson.rule(body, minimum)));
	}

	@GetMapping("/{id}")
	RuleJson.View get(@PathVariable UUID id) {
		return RuleJson.view(rules.get(workspaces.current(), id));
	}

	@Operation(summary = "Change an alert rule; paused: true stops it opening cases." + RULE)
	@PutMapping("/{id}")
	RuleJson.View update(@PathVariable UUID id, @RequestBody RuleJson.Body body) {
		var access = rules.requireManager(workspaces.current());
		return RuleJson.view(rules.update(access, id, RuleJson.rule(body, minimum)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		rules.delete(workspaces.current(), id);
	}

	@Operation(summary = "Apply a saved rule to the last days (1 to 30, default 7): the cases it would have opened "
			+ "are opened, each at its signal's time; answers how many signals opened or joined a case")
	@Heavy
	@PostMapping("/{id}/backfill")
	Backfilled backfill(@PathVariable UUID id, @RequestParam(defaultValue = "7") int days) {
		return new Backfilled(backfill.run(workspaces.current(), id, days));
	}

	@Operation(summary = "How many cases a rule would have opened over the last days (default 30, at most 365), per "
			+ "week and per owner, without opening any: a customer's signals join one case for as long as it would "
			+ "be worked (its priority's resolution target)." + RULE)
	@Heavy
	@PostMapping("/backtest")
	Backtest backtest(@RequestBody RuleJson.Body body, @RequestParam(defaultValue = "30") int days) {
		var access = rules.requireManager(workspaces.current());
		return backtests.run(access, RuleJson.rule(body, minimum), days);
	}
}
