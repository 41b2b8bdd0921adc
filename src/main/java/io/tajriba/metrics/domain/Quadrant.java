package io.tajriba.metrics.domain;

/**
 * Where a driver sits when importance is set against performance, each compared with the median driver (a driver
 * at the median counts as below it).
 */
public enum Quadrant {

	/** Matters more than most and performs worse than most: the first place to improve. */
	FIX_FIRST,

	/** Matters more than most and performs well: a strength to keep. */
	KEEP_UP,

	/** Matters less than most and performs well: keep as it is, perhaps spend less on it. */
	MAINTAIN,

	/** Matters less than most and performs worse than most: improve after the rest. */
	LOWER_PRIORITY;

	static Quadrant of(boolean important, boolean performing) {
		if (important) {
			return performing ? KEEP_UP : FIX_FIRST;
		}
		return performing ? MAINTAIN : LOWER_PRIORITY;
	}
}
