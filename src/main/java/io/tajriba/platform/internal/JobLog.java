package io.tajriba.platform.internal;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes each job this node runs, at debug level ({@code logging.level.io.tajriba.jobs=debug}): the task, its
 * instance and the time it was due, which together name one execution across every node.
 */
final class JobLog implements ExecutionInterceptor {

	private static final Logger log = LoggerFactory.getLogger("io.tajriba.jobs");

	@Override
	public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
		if (log.isDebugEnabled()) {
			log.debug("Running job {} {} due {}", instance.getTaskName(), instance.getId(),
					context.getExecution().getExecutionTime());
		}
		return chain.proceed(instance, context);
	}
}
