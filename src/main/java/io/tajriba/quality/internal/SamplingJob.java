package io.tajriba.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * Every hour, once in a cluster, draws the review sample of each workspace's last complete week (Monday to Sunday in
 * the workspace's zone) if it was not drawn yet: the first hour after a workspace's Sunday ends draws it, the later
 * ones find it drawn. A workspace whose draw fails gets a dead letter, holds up no other, and is tried again the
 * next hour (its letter resolved once it draws).
 */
@Component
public class SamplingJob {

	static final String KIND = "quality-sampling";
	static final String KEY = "weekly";

	private final SampleStore store;
	private final WeeklySample sample;
	private final Workspaces workspaces;
	private final DeadLetters deadLetters;

	SamplingJob(SampleStore store, WeeklySample sample, Workspaces workspaces, DeadLetters deadLetters) {
		this.store = store;
		this.sample = sample;
		this.workspaces = workspaces;
		this.deadLetters = deadLetters;
	}

	/** Draws the last complete week at {@code now} of every workspace with agents; answers how many failed. */
	public int run(Instant now) {
		return deadLetters.eachWorkspace(store.workspacesWithAgents(), KIND, KEY, w -> drawLastWeek(w, now));
	}

	/** Draws the workspace's last complete week at {@code now} unless it was drawn; answers whether it drew it. */
	public boolean drawLastWeek(UUID workspaceId, Instant now) {
		LocalDate week = WeeklySample.lastCompleteWeek(workspaces.workspace(workspaceId).timeZone(), now);
		return store.drawnAt(workspaceId, week).isEmpty() && sample.draw(workspaceId, week, now);
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> qualitySamplingTask(ObjectProvider<SamplingJob> job, Clock clock) {
			return Tasks.recurring(KIND, FixedDelay.ofHours(1))
				.execute((instance, context) -> job.getObject().run(clock.instant()));
		}

		@Bean
		DeadLetterHandler qualitySamplingLetters(ObjectProvider<SamplingJob> job, Clock clock) {
			return DeadLetterHandler.of(KIND, (workspaceId, key) -> job.getObject().drawLastWeek(workspaceId,
					clock.instant()));
		}
	}
}
