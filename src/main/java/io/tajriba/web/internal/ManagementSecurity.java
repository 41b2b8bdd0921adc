package io.tajriba.web.internal;

import java.util.List;

import io.tajriba.platform.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator and the API docs, ahead of the other doors: health is open to load balancers and probes; metrics,
 * info and the API docs need a signed-in user unless {@code tajriba.management.public} names them (for a
 * Prometheus scraper that cannot sign in, say).
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain management(HttpSecurity http,
			@Value("${tajriba.management.public:health}") List<String> named) throws Exception {
		PublicEndpoints endpoints = new PublicEndpoints(named);
		return http.securityMatcher(PublicEndpoints.PATHS.toArray(String[]::new))
			.authorizeHttpRequests(requests -> requests.requestMatchers(endpoints::isPublic).permitAll()
				.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> Problems
				.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in to read this")))
			.build();
	}
}
