package io.tajriba.metrics.domain;

/**
 * A total spread over n units, known only as aggregates: average time on site (seconds over sessions), average
 * order value (revenue over orders). Without the single values there is no interval; with n = 0 the average is 0.
 */
public record Average(long n, double total, double value) {

	public Average {
		Stats.requireCount(n, "n");
		Stats.requireFinite(total, "total");
		Stats.requireFinite(value, "value");
	}

	public static Average of(double total, long n) {
		Stats.requireCount(n, "n");
		return new Average(n, total, n == 0 ? 0 : total / n);
	}
}
