package io.tajriba.metrics.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Reads started on threads of their own beside the request's: their results, their failures thrown as they were. */
public final class SideReads {

	private SideReads() {
	}

	/** The result of a read, waiting for it; what it threw is thrown here (a checked one wrapped). */
	public static <T> T join(Future<T> read, String what) {
		try {
			return read.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading " + what, e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
	}
}
