package io.tajriba.journeys.domain;

import java.util.Arrays;

/**
 * {@link StageAssignment} over dictionary codes, for millions of rows: a touchpoint and type pair is decided by
 * name once and then read from a table. The dictionaries may grow while rows come in; the table grows with them.
 * Not thread-safe.
 */
public final class CodedStageAssignment {

	private static final int UNKNOWN = Integer.MIN_VALUE;

	private final StageAssignment assignment;
	private final Dictionary touchpoints;
	private final Dictionary types;
	// row touchpoint + 1, column type + 1, so that NONE has a place too
	private int[][] table = new int[0][];

	CodedStageAssignment(StageAssignment assignment, Dictionary touchpoints, Dictionary types) {
		this.assignment = assignment;
		this.touchpoints = touchpoints;
		this.types = types;
	}

	/**
	 * The stage of a row: {@code explicitStage} when it is a stage index (from
	 * {@link StageAssignment#stageIndex}), else by touchpoint and type code, either of which may be
	 * {@link JourneyEvents#NONE}.
	 */
	public int stageOf(int explicitStage, int touchpoint, int type) {
		if (explicitStage >= 0) {
			return explicitStage;
		}
		int[] row = row(touchpoint + 1);
		int column = type + 1;
		if (column >= row.length) {
			row = grow(touchpoint + 1, column + 1);
		}
		if (row[column] == UNKNOWN) {
			row[column] = assignment.stageOf(null, touchpoint < 0 ? null : touchpoints.name(touchpoint),
					type < 0 ? null : types.name(type));
		}
		return row[column];
	}

	private int[] row(int index) {
		if (index >= table.length) {
			table = Arrays.copyOf(table, Math.max(index + 1, table.length * 2));
		}
		if (table[index] == null) {
			table[index] = filled(Math.max(8, types.size() + 1));
		}
		return table[index];
	}

	private int[] grow(int index, int length) {
		int[] old = table[index];
		int[] grown = filled(Math.max(length, old.length * 2));
		System.arraycopy(old, 0, grown, 0, old.length);
		table[index] = grown;
		return grown;
	}

	private static int[] filled(int length) {
		int[] row = new int[length];
		Arrays.fill(row, UNKNOWN);
		return row;
	}
}
