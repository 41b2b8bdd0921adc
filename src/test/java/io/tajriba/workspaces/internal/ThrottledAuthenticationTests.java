package io.tajriba.workspaces.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.tajriba.workspaces.domain.SignInBackoff;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottledAuthenticationTests {

	/** Real Argon2, counting how often it runs. */
	static final class CountingEncoder implements PasswordEncoder {

		final PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 1024, 1);
		final AtomicInteger matches = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			return argon2.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			matches.incrementAndGet();
			return argon2.matches(raw, encoded);
		}
	}

	final CountingEncoder encoder = new CountingEncoder();
	final Semaphore hashing = new Semaphore(1);
	final ThrottledAuthentication authentication;

	ThrottledAuthenticationTests() {
		var users = new InMemoryUserDetailsManager(User.withUsername("ana@example.com")
			.password(encoder.encode("the right password")).roles("USER").build());
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
		authentication = new ThrottledAuthentication(dao,
				new SignInBackoff(4, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(1), 100),
				new SignInBackoff(2, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1), 100),
				new SignInBackoff(3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1), 100),
				hashing, Duration.ZERO, clock);
	}

	@Test
	void anEmailGuessedFromManyAddressesIsRefusedEverywhereWithoutHashingEvenWithTheRightPassword() {
		refusedAsWrong("ana@example.com", "10.0.0.1");
		refusedAsWrong("ANA@example.com ", "10.0.0.2");
		refusedAsWrong("ana@example.com", "10.0.0.4");
		int hashed = encoder.matches.get();
		assertThatThrownBy(() -> attempt("ana@example.com", "the right password", "10.0.0.3"))
			.isInstanceOfSatisfying(SignInRefused.class,
					e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.THROTTLED));
		assertThat(encoder.matches.get()).isEqualTo(hashed);
	}

	@Test
	void oneAddressGuessingAnEmailLocksOutOnlyItselfNotTheEmailsOwner() {
		refusedAsWrong("ana@example.com", "10.0.0.5");
		refusedAsWrong("ana@example.com", "10.0.0.5");
		int hashed = encoder.matches.get();
		assertThatThrownBy(() -> attempt("ana@example.com", "the right password", "10.0.0.5"))
			.isInstanceOfSatisfying(SignInRefused.class,
					e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.THROTTLED));
		assertThat(encoder.matches.get()).isEqualTo(hashed);
		assertThat(attempt("ana@example.com", "the right password", "10.0.0.6").isAuthenticated()).isTrue();
	}

	@Test
	void anAddressThrottledAfterItsFailuresIsRefusedForEveryEmail() {
		for (int i = 0; i < 4; i++) {
			refusedAsWrong("nobody-" + i + "@example.com", "10.0.0.9");
		}
		int hashed = encoder.matches.get();
		assertThatThrownBy(() -> attempt("ana@example.com", "the right password", "10.0.0.9"))
			.isInstanceOf(SignInRefused.class);
		assertThat(encoder.matches.get()).isEqualTo(hashed);
		assertThat(attempt("ana@example.com", "the right password", "10.0.0.10").isAuthenticated()).isTrue();
	}

	@Test
	void whileEveryPermitToHashIsTakenAnAttemptIsAnsweredBusy() throws InterruptedException {
		hashing.acquire();
		assertThatThrownBy(() -> attempt("ana@example.com", "the right password", "10.0.0.1"))
			.isInstanceOfSatisfying(SignInRefused.class,
					e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.BUSY));
		assertThat(encoder.matches.get()).isZero();
		hashing.release();
		assertThat(attempt("ana@example.com", "the right password", "10.0.0.1").isAuthenticated()).isTrue();
		assertThat(hashing.availablePermits()).isEqualTo(1);
	}

	@Test
	void aSuccessClearsTheEmailsFailures() {
		refusedAsWrong("ana@example.com", "10.0.0.1");
		assertThat(attempt("ana@example.com", "the right password", "10.0.0.1").isAuthenticated()).isTrue();
		refusedAsWrong("ana@example.com", "10.0.0.1");
		assertThat(attempt("ana@example.com", "the right password", "10.0.0.1").isAuthenticated()).isTrue();
	}

	private void refusedAsWrong(String email, String address) {
		assertThatThrownBy(() -> attempt(email, "a wrong password", address))
			.isInstanceOf(BadCredentialsException.class);
	}

	private Authentication attempt(String email, String password, String address) {
		var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return authentication.authenticate(token);
	}
}
