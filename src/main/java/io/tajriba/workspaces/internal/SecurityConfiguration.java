package io.tajriba.workspaces.internal;

import java.time.Clock;
import java.util.Map;

import io.tajriba.platform.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two doors: the JSON API under {@code /api} (API keys or the browser session, answers as problem details) and
 * the pages (form sign-in). Passwords are hashed with Argon2id.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/**
	 * Argon2id with OWASP's parameters (19 MiB, two passes); hashes made with fewer (16 MiB before) still verify,
	 * since each hash carries its parameters, and are upgraded at the next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), "bcrypt",
						new BCryptPasswordEncoder()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiKeys keys, AuditLog audit, Clock clock) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, audit, clock), AnonymousAuthenticationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> Problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "Sign in or send an API key as 'Authorization: Bearer <key>'"))
				.accessDeniedHandler((request, response, e) -> Problems.write(request, response,
						HttpStatus.FORBIDDEN, "Your role does not allow this, or the CSRF token is missing")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
			.build();
	}

	/**
	 * Survey respondents have no account: the invitation's secret token in the address is what authorises them. Their
	 * pages may be framed by any site, because the web widget shows them inside the company's own pages.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain surveyRespondentChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/s/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CSP.replace("frame-ancestors 'none'", "frame-ancestors *"))))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				// the actuator and the API docs have a door of their own (io.tajriba.web.internal.ManagementSecurity)
				// a share link's token and a report's unsubscribe token are what authorise their holders
				.requestMatchers("/login", "/password/forgot", "/password/reset/*", "/invitations/*", "/error",
						"/shared/*", "/shared/*/**", "/reports/unsubscribe/*", "/webjars/**", "/css/**", "/js/**",
						"/fonts/**", "/favicon.ico")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/", false)
				.failureHandler(SignInConfiguration.failureHandler()))
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
			.build();
	}
}
