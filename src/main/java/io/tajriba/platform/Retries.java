package io.tajriba.platform;

import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work of its own transaction done again when PostgreSQL gave it up for another (a deadlock, a serialization
 * failure, a lock not granted; not a statement that ran too long): the loser of a race is not the client's fault. Inside a caller's transaction nothing is
 * tried again, since that transaction is lost as a whole and only its owner can start it over.
 */
public final class Retries {

	public static final int ATTEMPTS = 4;

	private Retries() {
	}

	public static <T> T onConflict(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (ConcurrencyFailureException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
				pause(attempt);
			}
		}
	}

	public static boolean isConflict(Throwable e) {
		return e instanceof ConcurrencyFailureException;
	}

	/** A short, growing pause, so that the winner of the race finishes first. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(20L * attempt * attempt);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to try again", e);
		}
	}
}
