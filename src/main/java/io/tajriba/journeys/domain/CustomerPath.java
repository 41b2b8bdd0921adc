package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.List;

/** A single customer's path through the stages, for the customer 360 page. */
public final class CustomerPath {

	private CustomerPath() {
	}

	/** The path of the customer whose rows are {@code start} (included) to {@code end} (excluded). */
	public static List<StageVisit> of(JourneyEvents events, int start, int end) {
		if (start < 0 || end > events.size() || start > end
				|| start < end && events.customer(start) != events.customer(end - 1)) {
			throw new IllegalArgumentException("rows " + start + " to " + end + " are not one customer's");
		}
		List<StageVisit> visits = new ArrayList<>();
		Visit current = null;
		for (int row = start; row < end; row++) {
			int stage = events.stage(row);
			if (stage < 0) {
				continue;
			}
			if (current == null || current.stage != stage) {
				if (current != null) {
					visits.add(current.toVisit());
				}
				current = new Visit(stage, events.epochSecond(row));
			}
			current.add(events, row);
		}
		if (current != null) {
			visits.add(current.toVisit());
		}
		return visits;
	}

	/** The path of the only customer in {@code events}. */
	public static List<StageVisit> of(JourneyEvents events) {
		return of(events, 0, events.size());
	}

	private static final class Visit {

		private final int stage;
		private final long first;
		private long last;
		private int interactions;
		private final List<Integer> touchpoints = new ArrayList<>();
		private boolean bad;

		Visit(int stage, long first) {
			this.stage = stage;
			this.first = first;
		}

		void add(JourneyEvents events, int row) {
			last = events.epochSecond(row);
			interactions++;
			bad |= events.bad(row);
			int touchpoint = events.touchpoint(row);
			if (touchpoint >= 0 && !touchpoints.contains(touchpoint)) {
				touchpoints.add(touchpoint);
			}
		}

		StageVisit toVisit() {
			return new StageVisit(stage, first, last, interactions, touchpoints, bad);
		}
	}
}
