package io.tajriba.actions.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The closed loop's recurring jobs, each run on one node at a time by the scheduler. The services they call are
 * looked up when a job runs: the scheduler is made before most of the application.
 */
@Configuration(proxyBeanMethods = false)
class ActionJobs {

	/** Escalates the cases that missed a target, every minute. */
	@Bean
	RecurringTask<Void> caseEscalationTask(ObjectProvider<Escalations> escalations, Clock clock) {
		return Tasks.recurring("case-escalation", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> escalations.getObject().run(clock.instant()));
	}

	/** Checks the metric rules every fifteen minutes. */
	@Bean
	RecurringTask<Void> metricRuleTask(ObjectProvider<MetricWatch> watch, Clock clock) {
		return Tasks.recurring("metric-rules", FixedDelay.ofMinutes(15))
			.execute((instance, context) -> watch.getObject().run(clock.instant()));
	}

	/**
	 * Hands the due notification e-mails (those held for quiet hours, and retries) to the mail thread every half
	 * minute; the job returns at once, whatever the mail server does.
	 */
	@Bean
	RecurringTask<Void> notificationMailTask(ObjectProvider<NotificationMailer> mailer) {
		return Tasks.recurring("notification-mail", FixedDelay.ofSeconds(30))
			.execute((instance, context) -> mailer.getObject().kick());
	}
}
