package io.tajriba.actions.internal;

import java.time.Clock;
import java.util.UUID;

import io.tajriba.platform.DeadLetterHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retrying the closed loop's dead letters: a metric rule checked again (or all of a workspace's, keyed
 * {@code rules}), an overdue case escalated, a notification e-mail sent once more.
 */
@Configuration(proxyBeanMethods = false)
class ActionDeadLetters {

	@Bean
	DeadLetterHandler metricRuleLetters(ObjectProvider<MetricWatch> watch, Clock clock) {
		return DeadLetterHandler.of(MetricWatch.KIND,
				(workspaceId, key) -> watch.getObject().retry(workspaceId, key, clock.instant()));
	}

	@Bean
	DeadLetterHandler escalationLetters(ObjectProvider<Escalations> escalations, Clock clock) {
		return DeadLetterHandler.of(Escalations.KIND,
				(workspaceId, key) -> escalations.getObject().retry(workspaceId, key, clock.instant()));
	}

	@Bean
	DeadLetterHandler notificationMailLetters(ObjectProvider<NotificationMailer> mailer) {
		return DeadLetterHandler.of(NotificationMailer.KIND,
				(workspaceId, key) -> mailer.getObject().retry(workspaceId, UUID.fromString(key)));
	}
}
