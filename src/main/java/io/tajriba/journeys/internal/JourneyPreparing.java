package io.tajriba.journeys.internal;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.tajriba.platform.TooBusyException;
import org.jspecify.annotations.Nullable;

/**
 * A journey view that waited as long as a request may and found its figures still being worked out: answered 503
 * with {@code Retry-After}, while the work goes on and is kept for the next view.
 */
public class JourneyPreparing extends TooBusyException {

	static final int RETRY_AFTER_SECONDS = 15;

	JourneyPreparing() {
		super("The journey's figures are being worked out from all of its interactions; ask again in a moment",
				RETRY_AFTER_SECONDS);
	}

	/** The work's result, waiting at most {@code wait} (null: as long as it takes); its own failure rethrown. */
	static <T> T await(CompletableFuture<T> work, @Nullable Duration wait) {
		try {
			return wait == null ? work.get() : work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			throw new JourneyPreparing();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new JourneyPreparing();
		}
		catch (ExecutionException | CompletionException | CancellationException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}
}
