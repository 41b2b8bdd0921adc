package io.tajriba.customers.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every minute: folds the sentiment marks the text analysis leaves into the customers, a batch at a time, then the
 * deltas of the customers' value sums into the sums.
 */
@Configuration(proxyBeanMethods = false)
class CustomerFolds {

	static final int BATCH = 5_000;

	@Bean
	RecurringTask<Void> customerFoldsJob(CustomerSignals figures) {
		return Tasks.recurring("customer-folds", FixedDelay.ofMinutes(1)).execute((instance, context) -> {
			int folded;
			do {
				folded = figures.foldSentiment(BATCH);
			} while (folded == BATCH);
			figures.foldValues();
		});
	}
}
