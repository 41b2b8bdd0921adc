package io.tajriba.actions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.actions.domain.PowerPlan;
import io.tajriba.actions.internal.ControlSuggester;
import io.tajriba.actions.internal.EffectReport;
import io.tajriba.actions.internal.Initiative;
import io.tajriba.actions.internal.InitiativeEffects;
import io.tajriba.actions.internal.InitiativeService;
import io.tajriba.actions.internal.Measurement.UnitKind;
import io.tajriba.actions.internal.PowerEstimator;
import io.tajriba.actions.internal.UnitAnswersReader.Period;
import io.tajriba.actions.internal.UnitCatalog;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.JsonFields;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Initiatives", description = "Changes meant to move a metric, measured before and after against "
		+ "control units: registration, launch, amendments, power and the effect")
@RestController
class InitiativeApi {

	static final String BODY = " Body: title, description, owner (a member's user id), insight ({kind: pain_point|"
			+ "driver|theme|root_cause|idea, ref, label}), stage, touchpoint, metric (nps, csat, ces), survey (an id; "
			+ "all surveys when absent), unitKind (touchpoint, channel, stage: a stage key of the first journey map, "
			+ "agent, persona: a persona id), treated ([units]), control ([units]; suggested when absent), "
			+ "baselineFrom, baselineTo (the eight weeks before the launch by default), launchOn, minEffect (the "
			+ "smallest effect worth detecting, in the metric's points), plannedEnd (twelve weeks after the launch by "
			+ "default); days as yyyy-mm-dd.";

	private final Workspaces workspaces;
	private final InitiativeService initiatives;
	private final InitiativeEffects effects;
	private final PowerEstimator power;
	private final ControlSuggester suggester;
	private final UnitCatalog units;
	private final AccessAdministration members;

	InitiativeApi(Workspaces workspaces, InitiativeService initiatives, InitiativeEffects effects, PowerEstimator power,
			ControlSuggester suggester, UnitCatalog units, AccessAdministration members) {
		this.workspaces = workspaces;
		this.initiatives = initiatives;
		this.effects = effects;
		this.power = power;
		this.suggester = suggester;
		this.units = units;
		this.members = members;
	}

	@Operation(summary = "The initiatives, running first, then drafts, finished and cancelled; of one status "
			+ "(draft, running, finished, cancelled) when given")
	@GetMapping("/api/v1/initiatives")
	List<InitiativeView> list(@RequestParam(required = false) @Nullable String status) {
		if (status != null && !List.of("draft", "running", "finished", "cancelled").contains(status)) {
			throw new InvalidFieldException("status", "must be draft, running, finished or cancelled");
		}
		Workspace workspace = workspaces.currentWorkspace();
		return initiatives.list(workspace.id(), status).stream().map(i -> view(workspace, i, false)).toList();
	}

	@Operation(summary = "Register an initiative as a draft (owners, admins, analysts)." + BODY)
	@PostMapping("/api/v1/initiatives")
	@ResponseStatus(HttpStatus.CREATED)
	InitiativeView create(@RequestBody JsonNode body) {
		Workspace workspace = workspaces.currentWorkspace();
		return view(workspace, initiatives.create(workspace, workspaces.current().actor(), InitiativeInput.draft(body)),
				true);
	}

	@Operation(summary = "An initiative with its registered measurement and amendments")
	@GetMapping("/api/v1/initiatives/{id}")
	InitiativeView get(@PathVariable UUID id) {
		Workspace workspace = workspaces.currentWorkspace();
		return view(workspace, initiatives.get(workspace.id(), id), true);
	}

	@Operation(summary = "Change an initiative: any field of the body of POST, and status cancelled. A draft changes "
			+ "freely; once launched, a change to the measurement needs a reason and is kept as an amendment; a "
			+ "finished or cancelled initiative's measurement no longer changes." + BODY)
	@PatchMapping("/api/v1/initiatives/{id}")
	InitiativeView change(@PathVariable UUID id, @RequestBody JsonNode body) {
		Workspace workspace = workspaces.currentWorkspace();
		Initiative current = initiatives.get(workspace.id(), id);
		return view(workspace, initiatives.change(workspace, workspaces.current().actor(), id,
				InitiativeInput.change(body, current)), true);
	}

	@Operation(summary = "Launch a draft: its measurement is locked from now on (409 when not a draft)")
	@PostMapping("/api/v1/initiatives/{id}/launch")
	InitiativeView launch(@PathVariable UUID id) {
		Workspace workspace = workspaces.currentWorkspace();
		return view(workspace, initiatives.launch(workspace, id), true);
	}

	@Operation(summary = "What the initiative did so far: treated and control before and after ({value, ci95, n}), "
			+ "the difference in differences with its 95% interval by the delta method and its p value (before "
			+ "against after, marked weakerEvidence, without controls), the baseline's parallel-trends check "
			+ "(treated minus control trend per week, its interval and p value), the verdict (improved, no_change, "
			+ "worse, too_early before the planned end), both groups week by week, and the return")
	@GetMapping("/api/v1/initiatives/{id}/effect")
	EffectReport effect(@PathVariable UUID id) {
		Workspace workspace = workspaces.currentWorkspace();
		return effects.of(workspace, initiatives.get(workspace.id(), id), LocaleContextHolder.getLocale());
	}

	@Operation(summary = "How many weeks after launch it takes to detect an effect with 80% power at 5%, from the "
			+ "units' answers in the baseline. Body: metric, survey, unitKind, treated, control, effect (points), "
			+ "baselineFrom and baselineTo (the last eight full weeks by default)")
	@PostMapping("/api/v1/initiatives/power")
	PowerView power(@RequestBody JsonNode body) {
		Workspace workspace = workspaces.currentWorkspace();
		JsonFields f = new JsonFields(body);
		Period baseline = baseline(workspace, f);
		PowerEstimator.Estimate e = power.estimate(workspace, UnitKind.of(f.requiredText("unitKind", 20)),
				InitiativeInput.metric(f.requiredText("metric", 10)), InitiativeInput.id(f, "survey"),
				required(InitiativeInput.units(body, "treated")), InitiativeInput.units(body, "control"),
				baseline.from(), baseline.to(), InitiativeInput.effect(body, "effect", null));
		return PowerView.of(e, InitiativeInput.effect(body, "effect", null));
	}

	@Operation(summary = "Control units suggested for treated ones: the untreated units of the kind with at least 30 "
			+ "answers in the baseline closest on the metric's level and weekly trend there, with why, and whether "
			+ "regression to the mean threatens. Body: metric, survey, unitKind, treated, baselineFrom, baselineTo")
	@PostMapping("/api/v1/initiatives/controls")
	ControlSuggester.Suggested controls(@RequestBody JsonNode body) {
		Workspace workspace = workspaces.currentWorkspace();
		JsonFields f = new JsonFields(body);
		Period baseline = baseline(workspace, f);
		UnitKind kind = UnitKind.of(f.requiredText("unitKind", 20));
		List<String> treated = required(InitiativeInput.units(body, "treated"));
		units.check(workspace.id(), kind, "treated", treated);
		return suggester.suggest(workspace, InitiativeInput.metric(f.requiredText("metric", 10)),
				InitiativeInput.id(f, "survey"), kind, treated, baseline.from(), baseline.to());
	}

	/** The power estimate in the API's words. */
	record PowerView(@Nullable Integer weeks, double effect, double treatedPerWeek, double controlPerWeek,
			double standardDeviation, double detectableAt52Weeks, LocalDate baselineFrom, LocalDate baselineTo,
			long treatedAnswers, long controlAnswers) {

		static PowerView of(PowerEstimator.Estimate e, double effect) {
			PowerPlan p = e.plan();
			return new PowerView(p.weeks(), effect, round(p.treatedPerWeek()), round(p.controlPerWeek()),
					round(p.standardDeviation()), round(p.detectableAt52Weeks()), e.baseline().from(),
					e.baseline().to(), e.treatedAnswers(), e.controlAnswers());
		}

		private static double round(double value) {
			return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : 0;
		}
	}

	private Period baseline(Workspace workspace, JsonFields f) {
		LocalDate from = InitiativeInput.date(f, "baselineFrom");
		LocalDate to = InitiativeInput.date(f, "baselineTo");
		Period fallback = power.defaultBaseline(workspace);
		return new Period(from == null ? fallback.from() : from, to == null ? fallback.to() : to);
	}

	private static List<String> required(List<String> treated) {
		if (treated.isEmpty()) {
			throw new InvalidFieldException("treated", "name at least one treated unit");
		}
		return treated;
	}

	private InitiativeView view(Workspace workspace, Initiative i, boolean amendments) {
		Map<UUID, String> people = members.memberNames(workspace.id());
		Locale language = LocaleContextHolder.getLocale();
		return InitiativeView.of(i, people, units.labels(workspace.id(), i.measurement().unitKind(), language.getLanguage()),
				amendments ? initiatives.amendments(workspace.id(), i.id()).stream()
					.map(a -> new InitiativeView.AmendmentView(a.at(), a.by(), a.reason(), a.changes()))
					.toList() : List.of());
	}
}
