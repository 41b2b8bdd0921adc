package io.tajriba.customers.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Folds the sentiment marks the text analysis leaves into the customers, every minute, a batch at a time. */
@Configuration(proxyBeanMethods = false)
class SentimentFold {

	static final int BATCH = 5_000;

	@Bean
	RecurringTask<Void> customerSentimentFold(CustomerFigures figures) {
		return Tasks.recurring("customer-sentiment-fold", FixedDelay.ofMinutes(1)).execute((instance, context) -> {
			int folded;
			do {
				folded = figures.foldSentiment(BATCH);
			} while (folded == BATCH);
		});
	}
}
