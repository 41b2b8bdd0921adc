package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The counts behind one segment's funnel, taking a customer's rows at a time. */
final class FunnelCounter {

	private static final long UNSET = Long.MIN_VALUE;

	private final FunnelSegment segment;
	private final TimeWindow window;
	private final int stageCount;
	private final long[] reached;
	private final long[] converted;
	private final long[][] durations;
	private final int[] durationCounts;
	private final long[] first;
	private final long[] next;
	private long customers;

	FunnelCounter(FunnelSegment segment, TimeWindow window, int stageCount) {
		this.segment = segment;
		this.window = window;
		this.stageCount = stageCount;
		reached = new long[stageCount];
		converted = new long[stageCount];
		durations = new long[stageCount][16];
		durationCounts = new int[stageCount];
		first = new long[stageCount];
		next = new long[stageCount];
	}

	boolean includesCustomer(int persona) {
		return segment.includesCustomer(persona);
	}

	/**
	 * Notes when the customer first reached each stage and, for each stage, their first interaction in the next
	 * stage at or after that moment; rows are in time order, so one pass finds both.
	 */
	void accept(JourneyEvents events, int start, int end) {
		Arrays.fill(first, UNSET);
		Arrays.fill(next, UNSET);
		boolean any = false;
		for (int row = start; row < end; row++) {
			int stage = events.stage(row);
			long time = events.epochSecond(row);
			if (stage < 0 || !window.contains(time) || !segment.includesRow(events, row)) {
				continue;
			}
			if (stage >= stageCount) {
				throw new IllegalArgumentException("row " + row + " has stage " + stage + " of " + stageCount);
			}
			any = true;
			if (first[stage] == UNSET) {
				first[stage] = time;
			}
			if (stage > 0 && first[stage - 1] != UNSET && next[stage - 1] == UNSET) {
				next[stage - 1] = time;
			}
		}
		if (any) {
			count();
		}
	}

	private void count() {
		customers++;
		for (int stage = 0; stage < stageCount; stage++) {
			if (first[stage] == UNSET) {
				continue;
			}
			reached[stage]++;
			if (next[stage] != UNSET) {
				converted[stage]++;
				record(stage, next[stage] - first[stage]);
			}
		}
	}

	private void record(int stage, long seconds) {
		if (durationCounts[stage] == durations[stage].length) {
			durations[stage] = Arrays.copyOf(durations[stage], durations[stage].length * 2);
		}
		durations[stage][durationCounts[stage]++] = seconds;
	}

	Funnel result() {
		List<StageFunnel> stages = new ArrayList<>(stageCount);
		for (int stage = 0; stage < stageCount; stage++) {
			boolean last = stage == stageCount - 1;
			Rate conversion = last ? null : Rate.of(converted[stage], reached[stage]);
			Rate dropOff = last ? null : Rate.of(reached[stage] - converted[stage], reached[stage]);
			stages.add(new StageFunnel(stage, reached[stage], Rate.of(reached[stage], customers), conversion, dropOff,
					Median.ofSeconds(durations[stage], durationCounts[stage])));
		}
		return new Funnel(segment, window, customers, stages);
	}
}
