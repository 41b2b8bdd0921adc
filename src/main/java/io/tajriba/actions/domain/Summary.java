package io.tajriba.actions.domain;

/**
 * A figure with its 95% interval and the number of answers it rests on; ci95 = {low, high}.
 * <p>
 * NaN is possible in two cases only, both without evidence to compute from: with no answers (n == 0) the value and
 * both bounds are NaN, and a mean of a single answer has its value but NaN bounds (one answer shows no spread). A
 * proportion's interval is Wilson's and exists from one answer on.
 */
public record Summary(double value, double[] ci95, long n) {

	public Summary {
		if (ci95.length != 2 || n < 0) {
			throw new IllegalArgumentException("a summary needs an interval {low, high} and n >= 0");
		}
		ci95 = ci95.clone();
	}

	/** The summary of nothing: no answers, NaN value and bounds. */
	static Summary empty() {
		return new Summary(Double.NaN, new double[] { Double.NaN, Double.NaN }, 0);
	}
}
