package io.tajriba.journeys.domain;

import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * The rows that count as bad experiences beyond the source's own flag: the visit a dissatisfied answer is about,
 * and the interaction whose text is negative. An answer names its interaction when it was asked about one; else it
 * is about the customer's latest visit of the answer's touchpoint in the {@code visitWindowSeconds} before it (a
 * CSAT e-mail the day after checkout is about that checkout, not one of a month before). What cannot be tied to a
 * row of the customer's is left out: a bad experience is somewhere on the journey.
 */
public final class BadMoments {

	/** How long before an answer the visit it is about may be: a week. */
	public static final long DEFAULT_VISIT_WINDOW_SECONDS = 7 * 24 * 3600L;

	private final JourneyEvents events;
	private final long visitWindowSeconds;
	private final BitSet rows = new BitSet();
	private long answers;
	private long texts;

	public BadMoments(JourneyEvents events, long visitWindowSeconds) {
		if (visitWindowSeconds < 0) {
			throw new IllegalArgumentException("the visit window must not be negative");
		}
		this.events = events;
		this.visitWindowSeconds = visitWindowSeconds;
	}

	/**
	 * A dissatisfied answer about the customer's interaction at {@code epochSecond} with these codes (the first
	 * such row of that second); answers the row, or -1 when the customer has none such.
	 */
	public int answerAbout(int customer, long epochSecond, int touchpoint, int channel, int type) {
		int row = find(customer, epochSecond, r -> events.touchpoint(r) == touchpoint
				&& events.channel(r) == channel && events.type(r) == type);
		return countAnswer(row);
	}

	/**
	 * A dissatisfied answer given at {@code answeredAt} about a touchpoint: the customer's latest row there at or
	 * before the answer and within the window; answers the row, or -1 when there is none.
	 */
	public int answerAfterVisit(int customer, int touchpoint, long answeredAt) {
		int start = touchpoint < 0 ? -1 : events.runStart(customer);
		int found = -1;
		if (start >= 0) {
			for (int row = events.runEnd(start) - 1; row >= start; row--) {
				long time = events.epochSecond(row);
				if (time < answeredAt - visitWindowSeconds) {
					break;
				}
				if (time <= answeredAt && events.touchpoint(row) == touchpoint) {
					found = row;
					break;
				}
			}
		}
		return countAnswer(found);
	}

	/** The interaction of this row carries a negative text (as {@link TextFeelings} tied it to the row). */
	public void negativeText(int row) {
		if (row < 0 || row >= events.size()) {
			throw new IllegalArgumentException("no row " + row);
		}
		rows.set(row);
		texts++;
	}

	/** The first row of the customer at that second meeting the test, or -1. */
	public static int rowAt(JourneyEvents events, int customer, long epochSecond, IntPredicate test) {
		int start = events.runStart(customer);
		if (start < 0) {
			return -1;
		}
		int end = events.runEnd(start);
		for (int row = start; row < end && events.epochSecond(row) <= epochSecond; row++) {
			if (events.epochSecond(row) == epochSecond && test.test(row)) {
				return row;
			}
		}
		return -1;
	}

	private int find(int customer, long epochSecond, IntPredicate test) {
		return rowAt(events, customer, epochSecond, test);
	}

	private int countAnswer(int row) {
		if (row >= 0) {
			rows.set(row);
			answers++;
		}
		return row;
	}

	/** The events with the rows found here counted bad too. */
	public JourneyEvents events() {
		return events.withBad(rows);
	}

	/** How many dissatisfied answers were tied to a row (several may be about one). */
	public long answers() {
		return answers;
	}

	/** How many negative texts were tied to their row. */
	public long texts() {
		return texts;
	}
}
