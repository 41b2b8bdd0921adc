package io.tajriba.workspaces.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import io.tajriba.workspaces.domain.SignInBackoff;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * How sign-ins are checked: the password against its Argon2id hash (an older, weaker hash is upgraded on the next
 * sign-in), behind a per-node throttle and a bound on the passwords hashed at once.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	/** After five failures for one e-mail address from one client address, 30 s, then doubling up to 15 min. */
	static SignInBackoff byEmailFromAddress() {
		return new SignInBackoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1), 100_000);
	}

	/** After fifty failures for one e-mail address from anywhere (guessing from many addresses), the same. */
	static SignInBackoff byEmail() {
		return new SignInBackoff(50, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1), 100_000);
	}

	/** After thirty failures from one client address (whatever the e-mail), 5 s, then doubling up to 5 min. */
	static SignInBackoff byAddress() {
		return new SignInBackoff(30, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(1), 100_000);
	}

	@Bean
	AuthenticationProvider signInProvider(UserAccounts accounts, PasswordEncoder passwords, Clock clock,
			@Value("${tajriba.sign-in.concurrent-hashes:0}") int concurrentHashes,
			@Value("${tajriba.sign-in.hashing-wait:2s}") Duration hashingWait) {
		var users = new UserAccountDetailsService(accounts);
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(passwords);
		dao.setUserDetailsPasswordService(users);
		int permits = concurrentHashes > 0 ? concurrentHashes : Math.max(2, Runtime.getRuntime().availableProcessors());
		return new ThrottledAuthentication(dao, byAddress(), byEmailFromAddress(), byEmail(),
				new Semaphore(permits), hashingWait, clock);
	}

	/** Back to the sign-in page, saying why: wrong e-mail or password, too many failures, or too busy. */
	static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> redirect(
				request, response, e instanceof SignInRefused refused
						? (refused.reason() == SignInRefused.Reason.THROTTLED ? "throttled" : "busy") : "error");
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String why)
			throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?" + why);
	}
}
