package io.tajriba.platform.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.tajriba.platform.NodeName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The cluster-safe job scheduler: every module contributes its tasks as beans; jobs live in the database, so a
 * delayed job survives a restart and runs once even with several Tajriba nodes.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, @Value("${tajriba.node-name:}") String node) {
		List<RecurringTask<?>> recurring = tasks.stream()
			.filter(task -> task instanceof RecurringTask<?> && task instanceof OnStartup)
			.<RecurringTask<?>>map(task -> (RecurringTask<?>) task)
			.toList();
		List<Task<?>> others = tasks.stream().filter(task -> !recurring.contains(task)).toList();
		return Scheduler.create(dataSource, others)
			.startTasks(recurring)
			.threads(2)
			.schedulerName(new SchedulerName.Fixed(NodeName.of(node)))
			.addExecutionInterceptor(new JobLog())
			.pollingInterval(Duration.ofSeconds(2))
			.enableImmediateExecution()
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent event) {
		event.getApplicationContext().getBean(Scheduler.class).start();
	}
}
