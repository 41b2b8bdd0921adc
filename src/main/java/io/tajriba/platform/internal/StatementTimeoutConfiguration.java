package io.tajriba.platform.internal;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Puts a {@code statement_timeout} on every connection: a short one while it serves an HTTP request (so no view,
 * however large the workspace, holds a connection for long), a long one for background jobs.
 */
@Configuration(proxyBeanMethods = false)
class StatementTimeoutConfiguration {

	@Bean
	static BeanPostProcessor statementTimeouts(Environment environment) {
		Binder binder = Binder.get(environment);
		Duration request = binder.bind("tajriba.database.request-statement-timeout", Duration.class)
			.orElse(Duration.ofSeconds(30));
		Duration job = binder.bind("tajriba.database.job-statement-timeout", Duration.class)
			.orElse(Duration.ofMinutes(30));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof TimedDataSource)
						&& beanName.equals("dataSource")) {
					return new TimedDataSource(dataSource, request, job);
				}
				return bean;
			}
		};
	}
}
