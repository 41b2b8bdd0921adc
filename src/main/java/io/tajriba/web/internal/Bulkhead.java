package io.tajriba.web.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.tajriba.platform.TooBusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each workspace's fair share of the server: at most {@code perWorkspace} of its requests at once (so one
 * workspace never holds the whole connection pool), and of the heavy ones at most {@code heavyPerWorkspace}, with
 * no more than {@code heavyTotal} heavy ones across all workspaces. A request waits its turn for a while, then is
 * turned away with a 503 and {@code Retry-After}.
 */
@Component
final class Bulkhead {

	/** A permit held for one request, given back when it ends. */
	interface Permit extends AutoCloseable {

		@Override
		void close();
	}

	private final int perWorkspace;

	private final int heavyPerWorkspace;

	private final Semaphore heavyTotal;

	private final long waitMillis;

	private final ConcurrentMap<UUID, Semaphore> requests = new ConcurrentHashMap<>();

	private final ConcurrentMap<UUID, Semaphore> heavy = new ConcurrentHashMap<>();

	private final ConcurrentMap<UUID, AtomicInteger> heavyPeak = new ConcurrentHashMap<>();

	/** With {@code heavyTotal} 0: as many heavy requests at once as the server has cores, at least two. */
	Bulkhead(@Value("${tajriba.http.requests-per-workspace:6}") int perWorkspace,
			@Value("${tajriba.http.heavy-per-workspace:1}") int heavyPerWorkspace,
			@Value("${tajriba.http.heavy-total:0}") int heavyTotal,
			@Value("${tajriba.http.bulkhead-wait:10s}") Duration wait) {
		this.perWorkspace = Math.max(1, perWorkspace);
		this.heavyPerWorkspace = Math.max(1, heavyPerWorkspace);
		this.heavyTotal = new Semaphore(heavyTotal > 0 ? heavyTotal
				: Math.max(2, Runtime.getRuntime().availableProcessors()), true);
		this.waitMillis = wait.toMillis();
	}

	/** Waits for the workspace's turn; a heavy request also for a place among all heavy ones. */
	Permit enter(UUID workspaceId, boolean isHeavy) {
		if (!isHeavy) {
			Semaphore own = requests.computeIfAbsent(workspaceId, id -> new Semaphore(perWorkspace, true));
			acquire(own, "requests");
			return own::release;
		}
		Semaphore own = heavy.computeIfAbsent(workspaceId, id -> new Semaphore(heavyPerWorkspace, true));
		long started = System.nanoTime();
		acquire(own, "analyses");
		long left = waitMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		boolean entered = false;
		try {
			entered = heavyTotal.tryAcquire(Math.max(0, left), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			if (!entered) {
				own.release();
			}
		}
		if (!entered) {
			throw busy(Thread.currentThread().isInterrupted() ? "The request was interrupted while waiting"
					: "The server is running as many analyses as it has room for");
		}
		int running = heavyPerWorkspace - own.availablePermits();
		heavyPeak.computeIfAbsent(workspaceId, id -> new AtomicInteger()).accumulateAndGet(running, Math::max);
		return () -> {
			heavyTotal.release();
			own.release();
		};
	}

	/** The most heavy requests of a workspace seen running at once since the start. */
	int heavyPeak(UUID workspaceId) {
		AtomicInteger peak = heavyPeak.get(workspaceId);
		return peak == null ? 0 : peak.get();
	}

	private void acquire(Semaphore semaphore, String what) {
		try {
			if (!semaphore.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
				throw busy("This workspace already has as many " + what + " running as it may; try again shortly");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw busy("The request was interrupted while waiting");
		}
	}

	private TooBusyException busy(String message) {
		return new TooBusyException(message, (int) Math.max(1, TimeUnit.MILLISECONDS.toSeconds(waitMillis)));
	}
}
