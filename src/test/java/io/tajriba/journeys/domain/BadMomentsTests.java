package io.tajriba.journeys.domain;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.JourneyEvents.BAD;
import static io.tajriba.journeys.domain.JourneyEvents.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Customer 0 visits the checkout (touchpoint 1) on day 1 and day 10 and calls (touchpoint 2, flagged bad) on day
 * 12; customer 1 visits the checkout on day 2 and the home page (touchpoint 0) twice in the same second on day 3.
 */
class BadMomentsTests {

	private static final long DAY = 24 * 3600;
	private static final int VISIT = 0;
	private static final int CALL = 1;

	private final JourneyEvents events = new JourneyEvents(8);

	BadMomentsTests() {
		events.add(0, DAY, 4, 1, 0, VISIT, 0);
		events.add(0, 10 * DAY, 4, 1, 0, VISIT, 0);
		events.add(0, 12 * DAY, 5, 2, 1, CALL, BAD);
		events.add(1, 2 * DAY, 4, 1, 0, VISIT, 0);
		events.add(1, 3 * DAY, 1, 0, 0, VISIT, 0);
		events.add(1, 3 * DAY, 1, 0, 0, VISIT, 0);
	}

	@Test
	void anAnswerNamingItsInteractionMarksThatRow() {
		var moments = new BadMoments(events, BadMoments.DEFAULT_VISIT_WINDOW_SECONDS);
		assertThat(moments.answerAbout(0, DAY, 1, 0, VISIT)).isZero();
		// the codes must be the interaction's: no call at the checkout on day 1
		assertThat(moments.answerAbout(0, DAY, 1, 1, CALL)).isEqualTo(-1);
		assertThat(moments.answerAbout(7, DAY, 1, 0, VISIT)).isEqualTo(-1);
		JourneyEvents widened = moments.events();
		assertThat(widened.bad(0)).isTrue();
		assertThat(widened.flaggedBad(0)).isFalse();
		assertThat(widened.bad(1)).isFalse();
		assertThat(widened.bad(2)).isTrue();
		assertThat(moments.answers()).isEqualTo(1);
		// the events themselves are untouched: other analyses of them read the flags alone
		assertThat(events.bad(0)).isFalse();
	}

	@Test
	void anAnswerAboutATouchpointMarksTheLatestVisitInTheWeekBefore() {
		var moments = new BadMoments(events, BadMoments.DEFAULT_VISIT_WINDOW_SECONDS);
		// answered on day 11: the checkout of day 10, not of day 1
		assertThat(moments.answerAfterVisit(0, 1, 11 * DAY)).isEqualTo(1);
		// answered on day 9: day 1 is more than a week before, day 10 is after it
		assertThat(moments.answerAfterVisit(0, 1, 9 * DAY)).isEqualTo(-1);
		// answered the same second as the visit
		assertThat(moments.answerAfterVisit(1, 1, 2 * DAY)).isEqualTo(3);
		// a touchpoint the customer never visited, one unknown to the data, a customer without rows
		assertThat(moments.answerAfterVisit(1, 2, 4 * DAY)).isEqualTo(-1);
		assertThat(moments.answerAfterVisit(1, NONE, 4 * DAY)).isEqualTo(-1);
		assertThat(moments.answerAfterVisit(5, 1, 4 * DAY)).isEqualTo(-1);
		assertThat(moments.answers()).isEqualTo(2);
		JourneyEvents widened = moments.events();
		assertThat(java.util.stream.IntStream.range(0, widened.size()).filter(widened::bad).boxed())
			.containsExactly(1, 2, 3);
	}

	@Test
	void negativeTextsMarkTheirRows() {
		var moments = new BadMoments(events, 0);
		moments.negativeText(4);
		assertThat(moments.texts()).isEqualTo(1);
		assertThat(moments.events().bad(4)).isTrue();
		assertThatThrownBy(() -> moments.negativeText(6)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void viewsAddUpAndTakeNoRows() {
		BitSet first = new BitSet();
		first.set(0);
		BitSet second = new BitSet();
		second.set(3);
		JourneyEvents both = events.withBad(first).withBad(second);
		assertThat(both.bad(0)).isTrue();
		assertThat(both.bad(3)).isTrue();
		assertThat(both.bad(1)).isFalse();
		assertThat(both.size()).isEqualTo(events.size());
		assertThatThrownBy(() -> both.add(2, 0, 0, NONE, NONE, NONE, 0)).isInstanceOf(IllegalStateException.class);
		assertThat(events.runStart(1)).isEqualTo(3);
		assertThat(events.runStart(0)).isZero();
		assertThat(events.runStart(2)).isEqualTo(-1);
	}
}
