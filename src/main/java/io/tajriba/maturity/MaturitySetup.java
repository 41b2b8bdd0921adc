package io.tajriba.maturity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tajriba.maturity.domain.Goal;
import io.tajriba.maturity.domain.Principle;
import io.tajriba.maturity.internal.Assessments;
import io.tajriba.maturity.internal.Goals;
import io.tajriba.maturity.internal.Principles;
import io.tajriba.workspaces.Access;
import io.tajriba.workspaces.Role;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Maturity for the demo and for tests, made as the API makes it: an assessment standing for a day (its evidence
 * read as of then), raters invited and their answers, closed when it is over; principles and goals.
 */
@Service
public class MaturitySetup {

	/** A rater: the member, their group (executive, manager, frontline), their ratings by item key. */
	public record Rater(UUID user, String group, Map<String, Integer> ratings) {
	}

	private final Assessments assessments;
	private final Principles principles;
	private final Goals goals;
	private final Workspaces workspaces;

	MaturitySetup(Assessments assessments, Principles principles, Goals goals, Workspaces workspaces) {
		this.assessments = assessments;
		this.principles = principles;
		this.goals = goals;
		this.workspaces = workspaces;
	}

	/** Writes a principle as {@code POST /api/v1/principles} does: statement by language, criteria, stages. */
	public UUID principle(UUID workspaceId, Map<String, String> statement, List<String> criteria,
			List<String> stages) {
		return principles.create(new Access(workspaceId, Role.OWNER, "user:demo", null, null),
				new Principle(statement, criteria, stages)).id();
	}

	/** Sets a goal as {@code POST /api/v1/goals} does, set {@code setDaysAgo} days ago and due in {@code dueInDays}. */
	public UUID goal(UUID workspaceId, String name, String metric, @Nullable String stage, double target,
			int setDaysAgo, int dueInDays) {
		Workspace workspace = workspaces.workspace(workspaceId);
		LocalDate today = goals.today(workspace);
		return goals.create(new Access(workspaceId, Role.OWNER, "user:demo", null, null),
				new Goal(name, Goal.Metric.parse(metric), stage, target, today.minusDays(setDaysAgo),
						today.plusDays(dueInDays))).entry().id();
	}

	/** A goal metric's figure now (over the last 90 days), of a stage or all; null without data. */
	public @Nullable Double figureNow(UUID workspaceId, String metric, @Nullable String stage) {
		Workspace workspace = workspaces.workspace(workspaceId);
		LocalDate today = goals.today(workspace);
		return goals.figure(workspace, new Goal("now", Goal.Metric.parse(metric), stage,
				Goal.Metric.parse(metric).min(), today.minusDays(1), today), today).value();
	}

	/** Whether the workspace has any assessment. */
	public boolean any(UUID workspaceId) {
		return !assessments.list(new Access(workspaceId, Role.OWNER, "setup", null, null)).isEmpty();
	}

	/** An assessment standing for {@code asOf}, rated by these raters, closed if asked; its id. */
	public UUID assess(UUID workspaceId, UUID owner, String name, Instant asOf, List<Rater> raters, boolean close) {
		Access admin = new Access(workspaceId, Role.OWNER, "user:demo", owner, null);
		UUID id = assessments.create(admin, name,
				raters.stream().map(r -> new Assessments.Invite(r.user(), r.group())).toList(), asOf);
		for (Rater r : raters) {
			Access rater = new Access(workspaceId, Role.ANALYST, "user:" + r.user(), r.user(), null);
			assessments.rate(rater, id, Map.copyOf(r.ratings()));
		}
		if (close) {
			assessments.close(admin, id);
		}
		return id;
	}
}
