package io.tajriba.quality.domain;

import io.tajriba.platform.InvalidFieldException;

/** The answers a criterion takes: yes/no (0 or 1), or a 3-, 4- or 5-point scale from 1. */
public enum Scale {
	YES_NO(0, 1), THREE(1, 3), FOUR(1, 4), FIVE(1, 5);

	private final int min;
	private final int max;

	Scale(int min, int max) {
		this.min = min;
		this.max = max;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	/** The chosen point as a share of the scale: (chosen − min) / (max − min). */
	public double score(int chosen, String field) {
		if (chosen < min || chosen > max) {
			throw new InvalidFieldException(field, "must be between " + min + " and " + max);
		}
		return (double) (chosen - min) / (max - min);
	}
}
