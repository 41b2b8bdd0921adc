package io.tajriba.metrics.domain;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A share of a group, 0 to 1: top-2-box CSAT, repurchase intent, response, bounce, conversion or churn rate,
 * with its 95% Wilson interval, which stays inside [0, 1] and honest at 0% and 100% where the textbook
 * p ± z·se collapses to a point. With no one in the group the share is 0 and the interval [0, 1].
 */
public record Proportion(long successes, long n, double value, double ciLow, double ciHigh) {

	private static final int MAX_TRIALS = Integer.MAX_VALUE / 4;

	public Proportion {
		Stats.requireCount(successes, "successes");
		if (successes > n) {
			throw new IllegalArgumentException("successes (" + successes + ") must not exceed n (" + n + ")");
		}
		if (value < 0 || value > 1) {
			throw new IllegalArgumentException("a proportion must lie in [0, 1], was " + value);
		}
		Stats.requireInterval(ciLow, value, ciHigh);
	}

	public static Proportion of(long successes, long n) {
		Stats.requireCount(successes, "successes");
		Stats.requireCount(n, "n");
		if (successes > n) {
			throw new IllegalArgumentException("successes (" + successes + ") must not exceed n (" + n + ")");
		}
		if (n == 0) {
			return new Proportion(0, 0, 0, 0, 1);
		}
		double value = (double) successes / n;
		ConfidenceInterval interval = wilson(successes, n);
		return new Proportion(successes, n, value, Stats.clip(interval.getLowerBound(), 0, value),
				Stats.clip(interval.getUpperBound(), value, 1));
	}

	private static ConfidenceInterval wilson(long successes, long n) {
		// the library counts in int and doubles the count in int arithmetic; beyond half a billion trials the
		// interval is far narrower than anything shown, so counts scaled down to fit only make it a little wider
		double scale = Math.min(1, (double) MAX_TRIALS / n);
		int trials = (int) Math.max(1, Math.round(n * scale));
		int hits = (int) Math.min(trials, Math.round(successes * scale));
		return new WilsonScoreInterval().createInterval(trials, hits, Stats.CONFIDENCE);
	}

	/** The share in percent, 0 to 100. */
	public double percent() {
		return value * 100;
	}

	/**
	 * Two-proportion z-test of the change from {@code before} to {@code after}, with the pooled share under the
	 * hypothesis of no change: se = sqrt(p(1 - p)(1/n<sub>1</sub> + 1/n<sub>2</sub>)). The difference is in
	 * shares (0.05 is five percentage points).
	 */
	public static ChangeTest change(Proportion before, Proportion after) {
		double difference = after.value() - before.value();
		if (before.n() == 0 || after.n() == 0) {
			return ChangeTest.none(difference);
		}
		double pooled = (double) (before.successes() + after.successes()) / (before.n() + after.n());
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / before.n() + 1.0 / after.n()));
		return ChangeTest.of(difference, se);
	}
}
