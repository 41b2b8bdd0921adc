package io.tajriba.journeys.domain;

import org.jspecify.annotations.Nullable;

/**
 * How many records of each data type each stage has: interactions by their type (and, when they carry free text,
 * as text too), plus what the caller adds from surveys, text analytics and employee input.
 */
public final class CoverageCounts {

	private final long[][] counts;

	public CoverageCounts(int stageCount) {
		if (stageCount < 1 || stageCount > JourneyMap.MAX_STAGES) {
			throw new IllegalArgumentException("stageCount must be 1 to " + JourneyMap.MAX_STAGES);
		}
		counts = new long[stageCount][DataType.values().length];
	}

	public void add(int stage, DataType type, long count) {
		if (stage < 0 || stage >= counts.length || count < 0) {
			throw new IllegalArgumentException("stage " + stage + " or count " + count + " out of range");
		}
		counts[stage][type.ordinal()] += count;
	}

	/** Adds {@code count} interactions of a type at a stage; unassigned ones ({@code stage} -1) are not counted. */
	public void addInteractions(int stage, String interactionType, boolean withText, long count) {
		if (stage == StageAssignment.UNASSIGNED) {
			return;
		}
		DataType type = DataType.ofInteractionType(interactionType);
		if (type != null) {
			add(stage, type, count);
		}
		if (withText && type != DataType.TEXT) {
			add(stage, DataType.TEXT, count);
		}
	}

	/** Adds every assigned row, with the data type of each type code ({@code byTypeCode[code]}, null: none). */
	public void addEvents(JourneyEvents events, @Nullable DataType[] byTypeCode) {
		for (int row = 0; row < events.size(); row++) {
			int stage = events.stage(row);
			int type = events.type(row);
			if (stage >= 0 && type >= 0 && type < byTypeCode.length && byTypeCode[type] != null) {
				add(stage, byTypeCode[type], 1);
			}
		}
	}

	public int stageCount() {
		return counts.length;
	}

	public long count(int stage, DataType type) {
		return counts[stage][type.ordinal()];
	}
}
