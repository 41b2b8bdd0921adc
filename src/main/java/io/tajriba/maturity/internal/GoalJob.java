package io.tajriba.maturity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.platform.DeadLetterHandler;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.Workspace;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Every six hours, once in a cluster, records each goal's figure of the day (in its workspace's zone; a later run
 * the same day replaces the point), for goals not more than 30 days past due. A goal whose figure fails gets a dead
 * letter (retried by recording its point of the day) and holds up no other.
 */
@Component
public class GoalJob {

	static final String KIND = "goal-history";
	static final int GRACE_DAYS = 30;

	private final GoalStore store;
	private final Goals goals;
	private final Workspaces workspaces;
	private final DeadLetters deadLetters;

	GoalJob(GoalStore store, Goals goals, Workspaces workspaces, DeadLetters deadLetters) {
		this.store = store;
		this.goals = goals;
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
	}

	/** Records the day's points at {@code now}; answers how many goals failed. */
	public int run(Instant now) {
		int failed = 0;
		for (UUID[] goal : store.live(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1), GRACE_DAYS)) {
			failed += deadLetters.eachWorkspace(List.of(goal[0]), KIND, goal[1].toString(),
					w -> record(w, goal[1], now));
		}
		return failed;
	}

	/** Records one goal's point of the day of {@code now} (also what retrying its dead letter does). */
	void record(UUID workspaceId, UUID goal, Instant now) {
		Workspace workspace = workspaces.workspace(workspaceId);
		goals.record(workspace, goals.get(workspaceId, goal), LocalDate.ofInstant(now, workspace.timeZone()));
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> goalHistoryTask(ObjectProvider<GoalJob> job, Clock clock) {
			return Tasks.recurring(KIND, FixedDelay.ofHours(6))
				.execute((instance, context) -> job.getObject().run(clock.instant()));
		}

		@Bean
		DeadLetterHandler goalHistoryRetry(ObjectProvider<GoalJob> job, Clock clock) {
			return DeadLetterHandler.of(KIND, (workspaceId, key) -> job.getObject().record(workspaceId,
					UUID.fromString(key), clock.instant()));
		}
	}
}
