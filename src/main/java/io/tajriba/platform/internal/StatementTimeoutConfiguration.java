package io.tajriba.platform.internal;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Puts a {@code statement_timeout} on every connection: a short one while it serves an HTTP request (so no view,
 * however large the workspace, holds a connection for long), a long one for background jobs. With
 * {@code tajriba.database.replica-url} set, read-only transactions read from that replica ({@link ReplicaRouting}).
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
		String replicaUrl = environment.getProperty("tajriba.database.replica-url", "");
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof TimedDataSource)
						&& !(bean instanceof ReplicaRouting)
						&& beanName.equals("dataSource")) {
					TimedDataSource timed = new TimedDataSource(dataSource, request, job);
					if (replicaUrl.isBlank()) {
						return timed;
					}
					HikariDataSource replica = ReplicaRouting.pool(replicaUrl,
							environment.getProperty("tajriba.database.replica-user",
									environment.getProperty("spring.datasource.username", "")),
							environment.getProperty("tajriba.database.replica-password",
									environment.getProperty("spring.datasource.password", "")),
							dataSource);
					return ReplicaRouting.of(timed, replica, new TimedDataSource(replica, request, job));
				}
				return bean;
			}
		};
	}
}
