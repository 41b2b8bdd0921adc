package io.tajriba.surveys.internal;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.platform.DeadLetterHandler;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.Workspaces;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Rolls up every workspace's scores each minute, each workspace in a transaction of its own: one that fails gets a
 * dead letter and is tried again the next minute (resolved once it rolls), and holds up no other.
 */
@Component
public class ScoreRollupJob {

	static final String KIND = "score-rollup";
	static final String KEY = "rollup";

	private final ScoreRollups rollups;
	private final Workspaces workspaces;
	private final DeadLetters deadLetters;

	ScoreRollupJob(ScoreRollups rollups, Workspaces workspaces, DeadLetters deadLetters) {
		this.rollups = rollups;
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
	}

	/** Rolls up each workspace with something to roll; answers how many failed. */
	public int run() {
		return deadLetters.eachWorkspace(rollups.workspaces(), KIND, KEY, this::roll);
	}

	void roll(UUID workspaceId) {
		rollups.roll(workspaceId, workspaces.workspace(workspaceId).timeZone());
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> scoreRollupTask(ObjectProvider<ScoreRollupJob> job) {
			return Tasks.recurring("score-rollups", FixedDelay.ofMinutes(1))
				.execute((instance, context) -> job.getObject().run());
		}

		@Bean
		DeadLetterHandler scoreRollupLetters(ObjectProvider<ScoreRollupJob> job) {
			return DeadLetterHandler.of(KIND, (workspaceId, key) -> job.getObject().roll(workspaceId));
		}
	}
}
