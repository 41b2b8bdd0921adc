package io.tajriba.workspaces.internal;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspaces module's recurring jobs, each run on one node at a time by the scheduler. */
@Configuration(proxyBeanMethods = false)
class WorkspaceJobs {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceJobs.class);

	/**
	 * Every six hours, deletes the sign-in attempts that named no known account once they are older than the
	 * retention: they are anybody's typing, kept only to see an attack while it lasts.
	 */
	@Bean
	RecurringTask<Void> unknownSignInPurgeTask(ObjectProvider<AuditLog> audit, Clock clock,
			@Value("${tajriba.audit.unknown-sign-in-retention:30d}") Duration retention) {
		return Tasks.recurring("unknown-sign-in-purge", FixedDelay.ofHours(6))
			.execute((instance, context) -> {
				int purged = audit.getObject().purgeUnknown(clock.instant().minus(retention));
				if (purged > 0) {
					log.info("Purged {} sign-in attempts of unknown accounts older than {}", purged, retention);
				}
			});
	}
}
