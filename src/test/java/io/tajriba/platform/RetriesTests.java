package io.tajriba.platform;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Work lost to a deadlock is done again, a few times; any other failure is not. */
class RetriesTests {

	@Test
	void workLostToADeadlockIsDoneAgain() {
		AtomicInteger calls = new AtomicInteger();
		String result = Retries.onConflict(() -> {
			if (calls.incrementAndGet() < 3) {
				throw new DeadlockLoserDataAccessException("deadlock detected", null);
			}
			return "stored";
		});
		assertThat(result).isEqualTo("stored");
		assertThat(calls).hasValue(3);
	}

	@Test
	void aDeadlockEveryTimeGivesUpAfterTheLastAttempt() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> Retries.onConflict(() -> {
			calls.incrementAndGet();
			throw new DeadlockLoserDataAccessException("deadlock detected", null);
		})).isInstanceOf(DeadlockLoserDataAccessException.class);
		assertThat(calls).hasValue(Retries.ATTEMPTS);
	}

	@Test
	void otherFailuresAreNotTriedAgain() {
		AtomicInteger calls = new AtomicInteger();
		assertThatThrownBy(() -> Retries.onConflict(() -> {
			calls.incrementAndGet();
			throw new DataIntegrityViolationException("value too long");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(calls).hasValue(1);
	}
}
