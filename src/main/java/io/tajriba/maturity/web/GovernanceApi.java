package io.tajriba.maturity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.Principle;
import io.tajriba.maturity.internal.Goals;
import io.tajriba.maturity.internal.Principles;
import io.tajriba.platform.Dates;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Principles and goals", description = "The CX principles service is measured against, and goals with "
		+ "horizons judged on track, at risk or off track")
@RestController
class GovernanceApi {

	record NewPrinciple(@Nullable Map<String, String> statement, @Nullable List<String> criteria,
			@Nullable List<String> stages) {
	}

	record NewGoal(@Nullable String name, @Nullable String metric, @Nullable String stage, @Nullable Double target,
			@Nullable String setOn, @Nullable String dueOn) {
	}

	private final Principles principles;
	private final Goals goals;
	private final Workspaces workspaces;

	GovernanceApi(Principles principles, Goals goals, Workspaces workspaces) {
		this.principles = principles;
		this.goals = goals;
		this.workspaces = workspaces;
	}

	@Operation(summary = "The principles, each measured over the last 90 days: the random sample's QA score on its "
			+ "criteria (mean %, 95% t interval, n; and per criterion) and the CSAT and NPS of its stages' customers "
			+ "(with intervals and n). agent: an agent's id adds their own QA score (agentQa).")
	@GetMapping("/api/v1/principles")
	List<PrincipleJson.PrincipleView> principles(@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable UUID agent) {
		Workspace workspace = workspaces.currentWorkspace();
		return principles.measure(workspace, MaturityApi.language(language), agent).stream()
			.map(PrincipleJson.PrincipleView::of).toList();
	}

	@Operation(summary = "Write a principle (owners and admins): {statement: {en|fa|ar|he: text}, criteria: "
			+ "[scorecard criterion keys], stages: [journey stage keys]}; at least one criterion or stage. 422 names "
			+ "the field: statement.<lang>, criteria[i], stages[i].")
	@PostMapping("/api/v1/principles")
	@ResponseStatus(HttpStatus.CREATED)
	PrincipleJson.PrincipleView create(@RequestBody NewPrinciple body) {
		Access access = workspaces.current();
		Principles.Entry e = principles.create(access, new Principle(body.statement(), body.criteria(), body.stages()));
		return one(e.id(), null);
	}

	@GetMapping("/api/v1/principles/{id}")
	PrincipleJson.PrincipleView principle(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String language) {
		principles.get(workspaces.current().workspaceId(), id);
		return one(id, language);
	}

	@DeleteMapping("/api/v1/principles/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deletePrinciple(@PathVariable UUID id) {
		principles.delete(workspaces.current(), id);
	}

	private PrincipleJson.PrincipleView one(UUID id, @Nullable String language) {
		return principles.measure(workspaces.currentWorkspace(), MaturityApi.language(language), null).stream()
			.filter(m -> m.entry().id().equals(id)).findFirst().map(PrincipleJson.PrincipleView::of).orElseThrow();
	}

	@Operation(summary = "The goals, short-term (due within 3 months of being set) first, then medium (12) and long: "
			+ "each with its figure now over the last 90 days (value, 95% interval, n), status on_track, at_risk, "
			+ "off_track or no_data (judged by the interval against the planned path from the baseline to the "
			+ "target, and by the trend), the trend per month with its interval, and its history.")
	@GetMapping("/api/v1/goals")
	List<PrincipleJson.GoalView> goals() {
		return goals.list(workspaces.currentWorkspace()).stream().map(PrincipleJson.GoalView::of).toList();
	}

	@Operation(summary = "Set a goal (owners and admins): {name, metric: nps|csat|ces|churn|enps, stage (a journey "
			+ "stage key, for nps, csat and ces), target (NPS and eNPS -100..100, CSAT and churn in %, CES 1..7), "
			+ "dueOn: YYYY-MM-DD, setOn: YYYY-MM-DD (today by default)}. Its history is filled in weekly from twelve "
			+ "weeks before it was set.")
	@PostMapping("/api/v1/goals")
	@ResponseStatus(HttpStatus.CREATED)
	PrincipleJson.GoalView createGoal(@RequestBody NewGoal body) {
		Access access = workspaces.current();
		Workspace workspace = workspaces.workspace(access.workspaceId());
		return PrincipleJson.GoalView.of(goals.create(access, goal(body, goals.today(workspace))));
	}

	@GetMapping("/api/v1/goals/{id}")
	PrincipleJson.GoalView goal(@PathVariable UUID id) {
		return PrincipleJson.GoalView.of(goals.view(workspaces.currentWorkspace(), id));
	}

	@DeleteMapping("/api/v1/goals/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteGoal(@PathVariable UUID id) {
		goals.delete(workspaces.current(), id);
	}

	static Goal goal(NewGoal body, LocalDate today) {
		if (body.target() == null) {
			throw new InvalidFieldException("target", "is required");
		}
		LocalDate setOn = body.setOn() == null || body.setOn().isBlank() ? today : Dates.parseDate("setOn", body.setOn());
		LocalDate dueOn = body.dueOn() == null || body.dueOn().isBlank() ? null : Dates.parseDate("dueOn", body.dueOn());
		if (dueOn == null) {
			throw new InvalidFieldException("dueOn", "is required: YYYY-MM-DD");
		}
		return new Goal(body.name(), Goal.Metric.parse(body.metric()), body.stage(), body.target(), setOn, dueOn);
	}
}
