package io.tajriba.actions.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's clocks on a Monday-to-Friday 09-17 week in UTC, computed by hand. */
class SlaClockTests {

	static final BusinessClock CLOCK = new BusinessClock(BusinessHours.defaults("en", ZoneId.of("UTC")));
	// Monday 30 November 2026, 10:00
	static final Instant MONDAY_10 = Instant.parse("2026-11-30T10:00:00Z");
	static final SlaTargets.Target HIGH = new SlaTargets.Target(4 * 60, 16 * 60);

	static Instant at(String time) {
		return Instant.parse(time);
	}

	@Test
	void dueTimesCountBusinessHoursOnly() {
		SlaClock clock = SlaClock.opened(MONDAY_10, HIGH);
		// 4 h from Monday 10:00 is Monday 14:00; 16 h: Monday 7 h (10-17), Tuesday 8 h, Wednesday 1 h: 10:00
		assertThat(clock.firstResponseDue(CLOCK)).contains(at("2026-11-30T14:00:00Z"));
		assertThat(clock.resolutionDue(CLOCK)).contains(at("2026-12-02T10:00:00Z"));
		assertThat(clock.firstResponseLeft(CLOCK, at("2026-11-30T13:00:00Z"))).contains(Duration.ofHours(1));
		// Monday 17:00 to Tuesday 10:00 is one business hour: 4 h after 10:00 was 14:00, so 4 h overdue at Tuesday 10
		assertThat(clock.firstResponseLeft(CLOCK, at("2026-12-01T10:00:00Z"))).contains(Duration.ofHours(-4));
	}

	@Test
	void waitingOnTheCustomerPausesTheResolutionClock() {
		SlaClock open = SlaClock.opened(MONDAY_10, HIGH).moved(CaseStatus.NEW, CaseStatus.OPEN,
				at("2026-11-30T11:00:00Z"));
		assertThat(open.firstResponseAt()).isEqualTo(at("2026-11-30T11:00:00Z"));
		SlaClock waiting = open.moved(CaseStatus.OPEN, CaseStatus.WAITING, at("2026-11-30T12:00:00Z"));
		assertThat(waiting.resolutionDue(CLOCK)).isEmpty();
		assertThat(waiting.resolutionLeft(CLOCK, at("2026-12-01T12:00:00Z"))).isEmpty();
		// back on Tuesday 12:00: the pause covered Monday 12-17 and Tuesday 09-12, 8 business hours, so the due
		// time moves from Wednesday 10:00 by 8 h to Thursday 10:00
		SlaClock resumed = waiting.moved(CaseStatus.WAITING, CaseStatus.OPEN, at("2026-12-01T12:00:00Z"));
		assertThat(resumed.pauses()).hasSize(1);
		assertThat(resumed.resolutionDue(CLOCK)).contains(at("2026-12-03T10:00:00Z"));
		// resolved on Wednesday 10:00: 16 h elapsed minus 8 h paused = 8 h, within the 16 h target
		SlaClock resolved = resumed.moved(CaseStatus.OPEN, CaseStatus.RESOLVED, at("2026-12-02T10:00:00Z"));
		assertThat(resolved.timeToResolution(CLOCK)).contains(Duration.ofHours(8));
		assertThat(resolved.resolutionMet(CLOCK)).isTrue();
		assertThat(resolved.firstResponseMet(CLOCK)).isTrue();
		assertThat(resolved.timeToFirstResponse(CLOCK)).contains(Duration.ofHours(1));
	}

	@Test
	void theTimeSpentResolvedDoesNotCountWhenReopened() {
		SlaClock resolved = SlaClock.opened(MONDAY_10, HIGH).moved(CaseStatus.NEW, CaseStatus.RESOLVED,
				at("2026-11-30T12:00:00Z"));
		// reopened Tuesday 12:00: Monday 12-17 and Tuesday 9-12 (8 h) sat resolved; 2 h had elapsed, 14 h are left
		SlaClock reopened = resolved.moved(CaseStatus.RESOLVED, CaseStatus.OPEN, at("2026-12-01T12:00:00Z"));
		assertThat(reopened.resolvedAt()).isNull();
		assertThat(reopened.resolutionLeft(CLOCK, at("2026-12-01T12:00:00Z"))).contains(Duration.ofHours(14));
		SlaClock closed = resolved.moved(CaseStatus.RESOLVED, CaseStatus.CLOSED, at("2026-11-30T13:00:00Z"));
		assertThat(closed.resolvedAt()).isEqualTo(at("2026-11-30T12:00:00Z"));
	}

	@Test
	void aNewTargetCountsFromTheOpening() {
		SlaClock urgent = SlaClock.opened(MONDAY_10, HIGH).retargeted(new SlaTargets.Target(60, 8 * 60));
		assertThat(urgent.firstResponseDue(CLOCK)).contains(at("2026-11-30T11:00:00Z"));
		// 8 h: Monday 7 h, Tuesday 1 h: 10:00
		assertThat(urgent.resolutionDue(CLOCK)).contains(at("2026-12-01T10:00:00Z"));
	}

	@Test
	void eachMissedTargetIsEscalatedOnce() {
		Instant firstDue = at("2026-11-30T14:00:00Z");
		Instant resolutionDue = at("2026-12-02T10:00:00Z");
		Instant tuesday = at("2026-12-01T09:00:00Z");
		assertThat(Breach.due(CaseStatus.NEW, null, firstDue, resolutionDue, Set.of(), tuesday))
			.containsExactly(Breach.FIRST_RESPONSE);
		assertThat(Breach.due(CaseStatus.NEW, null, firstDue, resolutionDue, Set.of(Breach.FIRST_RESPONSE), tuesday))
			.isEmpty();
		// answered in time: only the resolution can be missed
		assertThat(Breach.due(CaseStatus.OPEN, at("2026-11-30T11:00:00Z"), firstDue, resolutionDue, Set.of(),
				at("2026-12-03T09:00:00Z"))).containsExactly(Breach.RESOLUTION);
		assertThat(Breach.due(CaseStatus.NEW, null, firstDue, resolutionDue, Set.of(), at("2026-12-03T09:00:00Z")))
			.containsExactly(Breach.FIRST_RESPONSE, Breach.RESOLUTION);
		// waiting (no resolution due), resolved or closed: nothing to escalate
		assertThat(Breach.due(CaseStatus.WAITING, tuesday, firstDue, null, Set.of(), at("2026-12-09T09:00:00Z")))
			.isEmpty();
		assertThat(Breach.due(CaseStatus.RESOLVED, null, firstDue, resolutionDue, Set.of(), at("2026-12-09T09:00:00Z")))
			.isEmpty();
		assertThat(Priority.HIGH.raised()).isEqualTo(Priority.URGENT);
		assertThat(Priority.URGENT.raised()).isEqualTo(Priority.URGENT);
	}

	@Test
	void statusesMoveForwardOrReopen() {
		assertThat(CaseStatus.NEW.canMoveTo(CaseStatus.WAITING)).isTrue();
		assertThat(CaseStatus.WAITING.canMoveTo(CaseStatus.NEW)).isFalse();
		assertThat(CaseStatus.RESOLVED.canMoveTo(CaseStatus.OPEN)).isTrue();
		assertThat(CaseStatus.CLOSED.canMoveTo(CaseStatus.OPEN)).isTrue();
		assertThat(CaseStatus.CLOSED.canMoveTo(CaseStatus.RESOLVED)).isFalse();
		assertThat(List.of(CaseStatus.values()).stream().filter(CaseStatus::isActive))
			.containsExactly(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING);
	}
}
