package io.tajriba.journeys.domain;

/** An average score (CES) with its 95% Student-t interval; with fewer than two answers the interval is the value. */
public record Mean(long n, double value, double ciLow, double ciHigh) {

	public Mean {
		Stats.requireCount(n, "n");
		Stats.requireInterval(ciLow, value, ciHigh);
	}

	/** From the count, sum and sum of squares of the scores, as SQL aggregates give them. */
	public static Mean of(long n, double sum, double sumOfSquares) {
		Stats.requireCount(n, "n");
		if (n == 0) {
			return new Mean(0, 0, 0, 0);
		}
		double mean = sum / n;
		if (n == 1) {
			return new Mean(1, mean, mean, mean);
		}
		double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
		double half = Stats.t(n) * Math.sqrt(variance / n);
		return new Mean(n, mean, mean - half, mean + half);
	}
}
