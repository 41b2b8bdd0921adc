package io.tajriba.surveys.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every opening of the widget makes an invitation; those never answered go an hour after they expire, or sooner. */
@Configuration(proxyBeanMethods = false)
class WidgetJobs {

	@Bean
	RecurringTask<Void> widgetInvitationPurgeTask(ObjectProvider<WidgetService> widgets, Clock clock) {
		return Tasks.recurring("survey-widget-purge", FixedDelay.ofHours(1))
			.execute((instance, context) -> widgets.getObject().purge(clock.instant()));
	}
}
