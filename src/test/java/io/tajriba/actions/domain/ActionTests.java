package io.tajriba.actions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An action's rules: its title, its progress against its status, when it was done, and when it is overdue. */
class ActionTests {

	static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");
	static final LocalDate DUE = LocalDate.of(2026, 12, 4);

	static Action action(ActionStatus status, int progress) {
		return new Action(UUID.randomUUID(), "  Fix the IVR menu  ", "", null, DUE, status, progress, null,
				new InsightLink("pain_point", "touchpoint:IVR billing", "IVR billing"), null, "IVR billing", "user:a",
				MONDAY, MONDAY, status == ActionStatus.DONE ? MONDAY : null);
	}

	@Test
	void theTitleIsStrippedAndMustHaveOneTo200Characters() {
		assertThat(action(ActionStatus.NOT_STARTED, 0).title()).isEqualTo("Fix the IVR menu");
		assertThat(Action.title("x".repeat(200))).hasSize(200);
		assertField(() -> Action.title("   "), "title");
		assertField(() -> Action.title("x".repeat(201)), "title");
		assertField(() -> Action.description("x".repeat(10_001)), "description");
	}

	@Test
	void progressRunsFrom0To100AndIs100OnceDone() {
		assertThat(Action.progress(ActionStatus.IN_PROGRESS, 40, 10)).isEqualTo(40);
		assertThat(Action.progress(ActionStatus.IN_PROGRESS, null, 10)).isEqualTo(10);
		// done without a progress: raised to 100; with 100: kept; with less: refused
		assertThat(Action.progress(ActionStatus.DONE, null, 10)).isEqualTo(100);
		assertThat(Action.progress(ActionStatus.DONE, 100, 10)).isEqualTo(100);
		assertField(() -> Action.progress(ActionStatus.DONE, 90, 10), "progress");
		assertField(() -> Action.progress(ActionStatus.ON_HOLD, 101, 10), "progress");
		assertField(() -> Action.progress(ActionStatus.ON_HOLD, -1, 10), "progress");
	}

	@Test
	void movingToDoneSetsTheDoneInstantOnceAndLeavingDoneForgetsIt() {
		Action started = action(ActionStatus.IN_PROGRESS, 30);
		Instant tuesday = MONDAY.plusSeconds(86_400);
		Action done = started.moved(ActionStatus.DONE, null, tuesday);
		assertThat(done.progress()).isEqualTo(100);
		assertThat(done.doneAt()).isEqualTo(tuesday);
		assertThat(done.updatedAt()).isEqualTo(tuesday);
		// done again a day later: still done since Tuesday
		assertThat(done.moved(ActionStatus.DONE, 100, tuesday.plusSeconds(86_400)).doneAt()).isEqualTo(tuesday);
		Action reopened = done.moved(ActionStatus.IN_PROGRESS, 80, tuesday.plusSeconds(3600));
		assertThat(reopened.doneAt()).isNull();
		assertThat(reopened.progress()).isEqualTo(80);
	}

	@Test
	void anOpenActionIsOverdueFromTheDayAfterItsDueDay() {
		Action open = action(ActionStatus.ON_HOLD, 50);
		assertThat(open.overdue(DUE.minusDays(1))).isFalse();
		assertThat(open.overdue(DUE)).isFalse();
		assertThat(open.overdue(DUE.plusDays(1))).isTrue();
		assertThat(action(ActionStatus.DONE, 100).overdue(DUE.plusDays(1))).isFalse();
		assertThat(action(ActionStatus.CANCELLED, 0).overdue(DUE.plusDays(1))).isFalse();
		Action undated = open.with(open.title(), "", null, null, null, MONDAY);
		assertThat(undated.overdue(DUE.plusYears(1))).isFalse();
	}

	@Test
	void statusesAreTheFiveNamed() {
		assertThat(ActionStatus.of("status", " on_hold ")).isEqualTo(ActionStatus.ON_HOLD);
		assertThat(ActionStatus.DONE.isOpen()).isFalse();
		assertThat(ActionStatus.NOT_STARTED.isOpen()).isTrue();
		assertField(() -> ActionStatus.of("status", "open"), "status");
		assertField(() -> ActionStatus.of("status", null), "status");
	}

	static void assertField(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidFieldException.class,
				e -> assertThat(e.field()).isEqualTo(field));
	}
}
