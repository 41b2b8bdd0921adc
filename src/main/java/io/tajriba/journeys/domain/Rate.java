package io.tajriba.journeys.domain;

/**
 * A share of customers, 0 to 1 (conversion, drop-off, churn), with its 95% Wilson interval, which stays inside
 * [0, 1] and open at 0% and 100% where p ± z·se would shrink to a point. With nobody counted: 0 in [0, 1].
 */
public record Rate(long successes, long n, double value, double ciLow, double ciHigh) {

	public Rate {
		Stats.requireCount(successes, "successes");
		if (successes > n) {
			throw new IllegalArgumentException("successes (" + successes + ") must not exceed n (" + n + ")");
		}
		Stats.requireInterval(0, value, 1);
		Stats.requireInterval(ciLow, value, ciHigh);
	}

	public static Rate of(long successes, long n) {
		Stats.requireCount(successes, "successes");
		if (successes > n) {
			throw new IllegalArgumentException("successes (" + successes + ") must not exceed n (" + n + ")");
		}
		if (n == 0) {
			return new Rate(0, 0, 0, 0, 1);
		}
		double p = (double) successes / n;
		double z2 = Stats.Z * Stats.Z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double half = Stats.Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
		// rounding may put a bound a hair past the share at 0% or 100%
		double low = Math.min(p, Math.max(0, centre - half));
		return new Rate(successes, n, p, low, Math.max(p, Math.min(1, centre + half)));
	}

	public double percent() {
		return value * 100;
	}
}
