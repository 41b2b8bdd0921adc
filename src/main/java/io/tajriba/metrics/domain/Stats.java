package io.tajriba.metrics.domain;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** The 95% level every interval and test uses, and the quantiles behind it. */
final class Stats {

	static final double CONFIDENCE = 0.95;

	static final double ALPHA = 1 - CONFIDENCE;

	// no random generator: these distributions are only asked for quantiles and probabilities, never samples
	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	/** The two-sided 95% quantile of the standard normal, 1.95996... */
	static final double Z = STANDARD_NORMAL.inverseCumulativeProbability(1 - ALPHA / 2);

	private Stats() {
	}

	static double twoSidedP(double z) {
		return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
	}

	/** The two-sided 95% quantile of Student's t with {@code n - 1} degrees of freedom. */
	static double t(long n) {
		return new TDistribution(null, n - 1).inverseCumulativeProbability(1 - ALPHA / 2);
	}

	static double clip(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

	static void requireCount(long count, String name) {
		if (count < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + count);
		}
	}

	static void requireFinite(double value, String name) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be a finite number, was " + value);
		}
	}

	static void requireInterval(double low, double value, double high) {
		if (!(low <= value && value <= high)) {
			throw new IllegalArgumentException("interval [" + low + ", " + high + "] must hold " + value);
		}
	}
}
