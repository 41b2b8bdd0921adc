package io.tajriba.platform.internal;

import java.time.Duration;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * The event registry kept safe with several nodes: a publication nobody finished (its node died, its listener
 * failed) is marked failed by the registry's staleness check ({@code spring.modulith.events.staleness}) and handed
 * again to its listener, here, in bounded batches by one node; finished publications are deleted after a week.
 * This replaces republishing every unfinished publication on every node's start, which ran the same events on
 * each node at once.
 */
@Component
class EventPublications {

	/** Failed publications younger than this are left alone: their first failure may still be in its logs. */
	static final Duration MIN_AGE = Duration.ofMinutes(1);

	static final int BATCH = 100;

	static final Duration KEEP_COMPLETED = Duration.ofDays(7);

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	EventPublications(FailedEventPublications failed, CompletedEventPublications completed) {
		this.failed = failed;
		this.completed = completed;
	}

	void resubmitFailed() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(MIN_AGE).withBatchSize(BATCH).withMaxInFlight(BATCH));
	}

	void purgeCompleted() {
		completed.deletePublicationsOlderThan(KEEP_COMPLETED);
	}
}
