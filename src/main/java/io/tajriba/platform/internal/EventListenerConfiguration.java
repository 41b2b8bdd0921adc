package io.tajriba.platform.internal;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Modules react to each other's events after the publisher's commit, on a small pool of their own: the publisher
 * (a request, an import, the text job) goes on at once and holds no second database connection, and at most four
 * listeners run at a time, however many events a burst brings. Every event is kept in the publication registry
 * until its listener completes, so one lost with a crash is delivered again on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventListenerConfiguration implements AsyncConfigurer, DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	EventListenerConfiguration() {
		executor.setCorePoolSize(4);
		executor.setMaxPoolSize(4);
		executor.setThreadNamePrefix("events-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(20);
		executor.initialize();
	}

	@Override
	public Executor getAsyncExecutor() {
		return executor;
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}
}
