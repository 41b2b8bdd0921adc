package io.tajriba.actions.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static io.tajriba.actions.domain.BusinessClockTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Monday to Friday 09:00-17:00 in London, from Monday 1 June 2026 10:00 with a target of 8 hours. */
class BusinessClockPauseTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final BusinessClock CLOCK = BusinessClockTests.clock("en", LONDON);

	static final Instant OPENED = at("2026-06-01T10:00", LONDON);

	static final Duration EIGHT = Duration.ofHours(8);

	@Test
	void aPausePutsTheDueTimeOffByTheWorkingTimeItCovers() {
		// 10:00-12:00 = 2 h before the pause; it covers Monday 12:00-17:00 (5 h) and Tuesday 09:00-11:00 (2 h);
		// Tuesday 11:00 + the 6 h left = Tuesday 17:00
		List<Pause> pauses = List.of(pause("2026-06-01T12:00", "2026-06-02T11:00"));
		assertThat(CLOCK.due(OPENED, EIGHT, pauses)).contains(at("2026-06-02T17:00", LONDON));
		// Without it: Monday 10:00-17:00 = 7 h, Tuesday 09:00 + 1 h
		assertThat(CLOCK.due(OPENED, EIGHT, List.of())).contains(at("2026-06-02T10:00", LONDON));
		// Monday 10:00 to Tuesday 17:00 is 7 h + 8 h = 15 h of working time, 7 h of it paused
		assertThat(CLOCK.between(OPENED, at("2026-06-02T17:00", LONDON), pauses)).isEqualTo(EIGHT);
	}

	@Test
	void whatIsLeftGoesBelowZeroWhenOverdue() {
		List<Pause> pauses = List.of(pause("2026-06-01T12:00", "2026-06-02T11:00"));
		// Tuesday 12:00: 2 h before the pause + 11:00-12:00 = 3 h elapsed, 5 h left
		assertThat(CLOCK.left(OPENED, EIGHT, pauses, at("2026-06-02T12:00", LONDON))).isEqualTo(Duration.ofHours(5));
		// Wednesday 10:00: 2 h + Tuesday 11:00-17:00 (6 h) + Wednesday 09:00-10:00 (1 h) = 9 h, 1 h overdue
		assertThat(CLOCK.left(OPENED, EIGHT, pauses, at("2026-06-03T10:00", LONDON))).isEqualTo(Duration.ofHours(-1));
		// Before the start nothing has elapsed
		assertThat(CLOCK.left(OPENED, EIGHT, pauses, OPENED.minusSeconds(60))).isEqualTo(EIGHT);
	}

	@Test
	void anOpenPauseHasNoDueTimeYet() {
		List<Pause> pauses = List.of(new Pause(at("2026-06-01T12:00", LONDON), null));
		assertThat(CLOCK.due(OPENED, EIGHT, pauses)).isEmpty();
		// It stops the clock until now: Tuesday 12:00 still has only the 2 h before the pause
		assertThat(CLOCK.left(OPENED, EIGHT, pauses, at("2026-06-02T12:00", LONDON))).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void anOpenPauseAfterTheDueTimeDoesNotHideIt() {
		// A 2 h target from Monday 10:00 fell due at 12:00, before the pause began at 15:00
		List<Pause> pauses = List.of(new Pause(at("2026-06-01T15:00", LONDON), null));
		assertThat(CLOCK.due(OPENED, Duration.ofHours(2), pauses)).contains(at("2026-06-01T12:00", LONDON));
		// 10:00-15:00 = 5 h elapsed, then the clock stands: 3 h overdue for good
		assertThat(CLOCK.left(OPENED, Duration.ofHours(2), pauses, at("2026-06-05T12:00", LONDON)))
			.isEqualTo(Duration.ofHours(-3));
	}

	@Test
	void overlappingPausesCountOnce() {
		// Monday 12:00-14:00 and 13:00 to Tuesday 11:00, given out of order: one pause from 12:00 to Tuesday 11:00
		List<Pause> pauses = List.of(pause("2026-06-01T13:00", "2026-06-02T11:00"),
				pause("2026-06-01T12:00", "2026-06-01T14:00"), pause("2026-06-01T12:30", "2026-06-01T12:45"));
		assertThat(CLOCK.due(OPENED, EIGHT, pauses)).contains(at("2026-06-02T17:00", LONDON));
		assertThat(CLOCK.between(OPENED, at("2026-06-02T17:00", LONDON), pauses)).isEqualTo(EIGHT);
	}

	@Test
	void pausesOutsideWorkingHoursChangeNothing() {
		// Monday 18:00 to Tuesday 08:00 covers no working time: Monday 10:00-17:00 = 7 h, Tuesday 09:00 + 1 h
		List<Pause> pauses = List.of(pause("2026-06-01T18:00", "2026-06-02T08:00"));
		assertThat(CLOCK.due(OPENED, EIGHT, pauses)).contains(at("2026-06-02T10:00", LONDON));
	}

	@Test
	void aPauseBegunBeforeTheStartCountsFromTheStart() {
		// Paused from 08:00 to 11:00: the clock runs from 11:00, Monday 11:00-17:00 = 6 h, Tuesday 09:00 + 2 h
		List<Pause> pauses = List.of(pause("2026-06-01T08:00", "2026-06-01T11:00"));
		assertThat(CLOCK.due(OPENED, EIGHT, pauses)).contains(at("2026-06-02T11:00", LONDON));
		assertThat(CLOCK.between(OPENED, at("2026-06-01T17:00", LONDON), pauses)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void severalPausesAddUp() {
		// Paused Monday 11:00-12:00 (1 h) and Monday 16:00 to Tuesday 10:00 (1 h + 1 h): 8 h + 3 h from Monday
		// 10:00 = Monday 10:00-17:00 (7 h) + Tuesday 09:00 + 4 h = Tuesday 13:00
		List<Pause> pauses = List.of(pause("2026-06-01T11:00", "2026-06-01T12:00"),
				pause("2026-06-01T16:00", "2026-06-02T10:00"));
		assertThat(CLOCK.due(OPENED, EIGHT, pauses)).contains(at("2026-06-02T13:00", LONDON));
	}

	@Test
	void aPauseCannotEndBeforeItStarts() {
		assertThatThrownBy(() -> pause("2026-06-01T12:00", "2026-06-01T11:00"))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("pause"));
		assertThat(CLOCK.due(OPENED, EIGHT, List.of(pause("2026-06-01T12:00", "2026-06-01T12:00"))))
			.contains(at("2026-06-02T10:00", LONDON));
	}

	@Test
	void theUnionOfPausesEndsWithTheOpenOne() {
		Pause first = pause("2026-06-01T10:00", "2026-06-01T11:00");
		Pause open = new Pause(at("2026-06-01T10:30", LONDON), null);
		Pause later = pause("2026-06-02T10:00", "2026-06-02T11:00");
		assertThat(Pause.union(List.of(later, open, first)))
			.containsExactly(new Pause(at("2026-06-01T10:00", LONDON), null));
		Pause touching = pause("2026-06-01T11:00", "2026-06-01T12:00");
		assertThat(Pause.union(List.of(touching, first)))
			.containsExactly(pause("2026-06-01T10:00", "2026-06-01T12:00"));
	}

	private static Pause pause(String from, String to) {
		return new Pause(at(from, LONDON), at(to, LONDON));
	}
}
