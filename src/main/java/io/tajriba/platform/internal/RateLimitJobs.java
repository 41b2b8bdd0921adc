package io.tajriba.platform.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tajriba.platform.RateLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared rate limits' windows that are over are dropped every five minutes, on one node. */
@Configuration(proxyBeanMethods = false)
class RateLimitJobs {

	@Bean
	RecurringTask<Void> rateLimitPurgeTask(ObjectProvider<RateLimits> limits, Clock clock) {
		return Tasks.recurring("rate-limit-purge", FixedDelay.ofMinutes(5))
			.execute((instance, context) -> limits.getObject().purge(clock.instant()));
	}
}
