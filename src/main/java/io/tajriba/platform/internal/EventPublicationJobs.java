package io.tajriba.platform.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs {@link EventPublications}' two jobs on the scheduler, so each runs once across all nodes. */
@Configuration(proxyBeanMethods = false)
class EventPublicationJobs {

	@Bean
	RecurringTask<Void> eventResubmissionTask(ObjectProvider<EventPublications> publications) {
		return Tasks.recurring("event-resubmission", FixedDelay.of(Duration.ofMinutes(5)))
			.execute((instance, context) -> publications.getObject().resubmitFailed());
	}

	@Bean
	RecurringTask<Void> completedEventPurgeTask(ObjectProvider<EventPublications> publications) {
		return Tasks.recurring("event-publication-purge", FixedDelay.of(Duration.ofHours(6)))
			.execute((instance, context) -> publications.getObject().purgeCompleted());
	}
}
