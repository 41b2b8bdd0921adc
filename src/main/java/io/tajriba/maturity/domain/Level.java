package io.tajriba.maturity.domain;

/** The five levels of CX maturity, 1 to 5. */
public enum Level {

	INITIAL, DEVELOPING, DEFINED, MANAGED, OPTIMIZED;

	/** The level's number, 1 to 5. */
	public int number() {
		return ordinal() + 1;
	}

	/** Its key as pages and the API name it: initial, developing, defined, managed, optimized. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Level of(int number) {
		if (number < 1 || number > 5) {
			throw new IllegalArgumentException("a level is 1 to 5, was " + number);
		}
		return values()[number - 1];
	}

	/**
	 * The level nearest to a mean of levels (1 to 5), a half rounded down: a level is earned, so 2.5 reads as
	 * developing and 2.51 as defined.
	 */
	public static Level nearest(double mean) {
		if (Double.isNaN(mean) || mean < 1 || mean > 5) {
			throw new IllegalArgumentException("a mean of levels is 1 to 5, was " + mean);
		}
		return of((int) Math.max(1, Math.ceil(mean - 0.5)));
	}
}
