package io.tajriba.actions.domain;

/**
 * Sufficient statistics of answer values: count, sum, sum of squares. They add up across weeks and units, so the
 * database hands over a few numbers per unit and week instead of every answer.
 */
public record Moments(long n, double sum, double sumOfSquares) {

	public static final Moments EMPTY = new Moments(0, 0, 0);

	/**
	 * When every answer is equal, sumOfSquares − sum²/n cancels to a residue of rounding (about 1e-16 of
	 * sumOfSquares) that may even be negative; below this share of sumOfSquares the spread is taken as none.
	 */
	private static final double ROUNDING = 1e-12;

	public Moments {
		if (n < 0 || !Double.isFinite(sum) || !Double.isFinite(sumOfSquares) || sumOfSquares < 0) {
			throw new IllegalArgumentException("moments need n >= 0, a finite sum and a finite sum of squares >= 0");
		}
	}

	/** {@code count} answers of the same value. */
	public static Moments of(double value, long count) {
		return new Moments(count, value * count, value * value * count);
	}

	public Moments plus(Moments other) {
		return new Moments(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
	}

	/** The mean answer; NaN when n == 0. */
	public double mean() {
		return n == 0 ? Double.NaN : sum / n;
	}

	/** The sample variance (n − 1); NaN when n < 2; never negative, and 0 when every answer is the same. */
	public double variance() {
		if (n < 2) {
			return Double.NaN;
		}
		double squares = sumOfSquares - sum * (sum / n);
		return squares <= ROUNDING * sumOfSquares ? 0 : squares / (n - 1);
	}

	/**
	 * The mean with its 95% interval: Wilson's for a proportion (values 0/100 → percent), a t interval with n − 1
	 * degrees of freedom otherwise. NaN where {@link Summary} says.
	 */
	public Summary summary(boolean proportion) {
		if (n == 0) {
			return Summary.empty();
		}
		if (proportion) {
			return Intervals.wilson(mean(), n, n);
		}
		if (n < 2) {
			return new Summary(mean(), new double[] { Double.NaN, Double.NaN }, n);
		}
		return Intervals.t(mean(), variance() / n, n - 1, n);
	}
}
