package io.tajriba.workspaces.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignInBackoffTests {

	final Instant start = Instant.parse("2026-12-01T10:00:00Z");

	final SignInBackoff backoff = new SignInBackoff(3, Duration.ofSeconds(10), Duration.ofSeconds(60),
			Duration.ofMinutes(10), 1000);

	@Test
	void theFirstFailuresAreFreeThenEachDoublesTheWaitUpToTheLongest() {
		fail(2);
		assertThat(backoff.waitFor("a", start)).isEmpty();
		backoff.failed("a", start);
		assertThat(backoff.waitFor("a", start)).contains(Duration.ofSeconds(10));
		assertThat(backoff.waitFor("a", start.plusSeconds(4))).contains(Duration.ofSeconds(6));
		assertThat(backoff.waitFor("a", start.plusSeconds(10))).isEmpty();
		backoff.failed("a", start.plusSeconds(10));
		assertThat(backoff.waitFor("a", start.plusSeconds(10))).contains(Duration.ofSeconds(20));
		backoff.failed("a", start.plusSeconds(30));
		backoff.failed("a", start.plusSeconds(70));
		assertThat(backoff.waitFor("a", start.plusSeconds(70))).contains(Duration.ofSeconds(60));
		assertThat(backoff.waitFor("b", start.plusSeconds(70))).isEmpty();
	}

	@Test
	void successOrAQuietSpellStartsAfresh() {
		fail(3);
		assertThat(backoff.waitFor("a", start)).isPresent();
		backoff.succeeded("a");
		assertThat(backoff.waitFor("a", start)).isEmpty();

		fail(3);
		backoff.failed("a", start.plus(Duration.ofMinutes(10)));
		assertThat(backoff.waitFor("a", start.plus(Duration.ofMinutes(10)))).isEmpty();
	}

	@Test
	void theLeastRecentlyFailedKeysAreForgottenBeyondTheBound() {
		SignInBackoff small = new SignInBackoff(1, Duration.ofSeconds(10), Duration.ofSeconds(60),
				Duration.ofMinutes(10), 2);
		small.failed("a", start);
		small.failed("b", start);
		small.failed("c", start);
		assertThat(small.waitFor("a", start)).isEmpty();
		assertThat(small.waitFor("b", start)).isPresent();
		assertThat(small.waitFor("c", start)).isPresent();
	}

	@Test
	void rejectsParametersThatMakeNoSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInBackoff(0, Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofSeconds(3), 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInBackoff(1, Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofSeconds(1), 10));
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			backoff.failed("a", start);
		}
	}
}
