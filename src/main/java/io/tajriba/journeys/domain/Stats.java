package io.tajriba.journeys.domain;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** The 95% level of every interval here. */
final class Stats {

	// no random generator: only quantiles are asked for, never samples
	static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

	private Stats() {
	}

	/** The two-sided 95% quantile of Student's t with {@code n - 1} degrees of freedom. */
	static double t(long n) {
		return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
	}

	static void requireCount(long count, String name) {
		if (count < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + count);
		}
	}

	static void requireInterval(double low, double value, double high) {
		if (!(low <= value && value <= high)) {
			throw new IllegalArgumentException("interval [" + low + ", " + high + "] must hold " + value);
		}
	}
}
