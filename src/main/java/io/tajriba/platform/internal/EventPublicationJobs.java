package io.tajriba.platform.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * The event registry kept safe with several nodes: a publication nobody finished (its node died, its listener
 * failed) is marked failed by the registry's staleness check and handed again to its listener by one node, here,
 * in bounded batches; finished publications are deleted after a week. Replaces republishing everything on every
 * node's start, which ran the same events on each node at once.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationJobs {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationJobs.class);

	/** Failed publications younger than this are left alone: their first failure may still be in its logs. */
	static final Duration MIN_AGE = Duration.ofMinutes(1);

	static final Duration KEEP_COMPLETED = Duration.ofDays(7);

	@Bean
	RecurringTask<Void> eventResubmissionTask(ObjectProvider<FailedEventPublications> failed) {
		return Tasks.recurring("event-resubmission", FixedDelay.ofMinutes(5))
			.execute((instance, context) -> failed.getObject()
				.resubmit(ResubmissionOptions.defaults().withMinAge(MIN_AGE).withBatchSize(100).withMaxInFlight(100)));
	}

	@Bean
	RecurringTask<Void> completedEventPurgeTask(ObjectProvider<CompletedEventPublications> completed) {
		return Tasks.recurring("event-publication-purge", FixedDelay.ofHours(6))
			.execute((instance, context) -> {
				completed.getObject().deletePublicationsOlderThan(KEEP_COMPLETED);
				log.debug("Deleted event publications completed more than {} ago", KEEP_COMPLETED);
			});
	}
}
