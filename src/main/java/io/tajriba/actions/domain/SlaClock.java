package io.tajriba.actions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A case's two service-level clocks in business time. The first response is due a target after opening; the
 * resolution a target after opening, not counting the time the case waited on the customer or sat resolved before
 * it was reopened. The first response is the first thing anybody did: a status change, a comment, a follow-up.
 */
public record SlaClock(Instant openedAt, int firstResponseMinutes, int resolutionMinutes,
		@Nullable Instant firstResponseAt, @Nullable Instant resolvedAt, @Nullable Instant pausedSince,
		List<Pause> pauses) {

	public SlaClock {
		pauses = List.copyOf(pauses);
	}

	public static SlaClock opened(Instant at, SlaTargets.Target target) {
		return new SlaClock(at, target.firstResponseMinutes(), target.resolutionMinutes(), null, null, null, List.of());
	}

	/** The clocks after the case moves from one status to another at {@code now}. */
	public SlaClock moved(CaseStatus from, CaseStatus to, Instant now) {
		SlaClock clock = responded(now);
		if (from == CaseStatus.WAITING) {
			clock = clock.resumed(now);
		}
		if (!from.isActive() && to.isActive()) {
			clock = clock.resumed(now).reopened();
		}
		if (to == CaseStatus.WAITING || to == CaseStatus.RESOLVED && from.isActive()) {
			clock = clock.pausedAt(now);
		}
		if (to == CaseStatus.RESOLVED && from.isActive()) {
			clock = new SlaClock(openedAt, firstResponseMinutes, resolutionMinutes, clock.firstResponseAt, now,
					clock.pausedSince, clock.pauses);
		}
		return clock;
	}

	/** The clocks once somebody acted on the case (the first time counts). */
	public SlaClock responded(Instant now) {
		return firstResponseAt != null ? this
				: new SlaClock(openedAt, firstResponseMinutes, resolutionMinutes, now, resolvedAt, pausedSince, pauses);
	}

	/** New targets, as when somebody changes the priority: the clocks keep counting from the opening. */
	public SlaClock retargeted(SlaTargets.Target target) {
		return new SlaClock(openedAt, target.firstResponseMinutes(), target.resolutionMinutes(), firstResponseAt,
				resolvedAt, pausedSince, pauses);
	}

	public Optional<Instant> firstResponseDue(BusinessClock clock) {
		return Optional.of(clock.plus(openedAt, Duration.ofMinutes(firstResponseMinutes)));
	}

	/** None while the clock is paused (waiting on the customer, or resolved). */
	public Optional<Instant> resolutionDue(BusinessClock clock) {
		return clock.due(openedAt, Duration.ofMinutes(resolutionMinutes), allPauses());
	}

	/** Business time left to the first response at {@code now}; none once responded. */
	public Optional<Duration> firstResponseLeft(BusinessClock clock, Instant now) {
		return firstResponseAt != null ? Optional.empty()
				: Optional.of(clock.left(openedAt, Duration.ofMinutes(firstResponseMinutes), List.of(), now));
	}

	/** Business time left to the resolution at {@code now}; none once resolved or while waiting. */
	public Optional<Duration> resolutionLeft(BusinessClock clock, Instant now) {
		return resolvedAt != null || pausedSince != null ? Optional.empty()
				: Optional.of(clock.left(openedAt, Duration.ofMinutes(resolutionMinutes), pauses, now));
	}

	/** Business time from opening to the first response. */
	public Optional<Duration> timeToFirstResponse(BusinessClock clock) {
		return firstResponseAt == null ? Optional.empty() : Optional.of(clock.between(openedAt, firstResponseAt));
	}

	/** Business time from opening to the resolution, not counting the pauses. */
	public Optional<Duration> timeToResolution(BusinessClock clock) {
		return resolvedAt == null ? Optional.empty() : Optional.of(clock.between(openedAt, resolvedAt, pauses));
	}

	public boolean firstResponseMet(BusinessClock clock) {
		return firstResponseAt != null && !firstResponseAt.isAfter(firstResponseDue(clock).orElseThrow());
	}

	public boolean resolutionMet(BusinessClock clock) {
		return resolvedAt != null && clock.between(openedAt, resolvedAt, pauses)
			.compareTo(Duration.ofMinutes(resolutionMinutes)) <= 0;
	}

	private List<Pause> allPauses() {
		if (pausedSince == null) {
			return pauses;
		}
		List<Pause> all = new ArrayList<>(pauses);
		all.add(new Pause(pausedSince, null));
		return all;
	}

	private SlaClock pausedAt(Instant now) {
		return pausedSince != null ? this
				: new SlaClock(openedAt, firstResponseMinutes, resolutionMinutes, firstResponseAt, resolvedAt, now,
						pauses);
	}

	private SlaClock resumed(Instant now) {
		if (pausedSince == null) {
			return this;
		}
		List<Pause> closed = new ArrayList<>(pauses);
		closed.add(new Pause(pausedSince, now));
		return new SlaClock(openedAt, firstResponseMinutes, resolutionMinutes, firstResponseAt, resolvedAt, null, closed);
	}

	private SlaClock reopened() {
		return new SlaClock(openedAt, firstResponseMinutes, resolutionMinutes, firstResponseAt, null, pausedSince,
				pauses);
	}
}
