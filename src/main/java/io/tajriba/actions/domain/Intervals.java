package io.tajriba.actions.domain;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** The 95% intervals and two-sided tests the initiative statistics share. */
final class Intervals {

	/** z₀.₉₇₅ = 1.959964. */
	static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

	private Intervals() {
	}

	/**
	 * Wilson's score interval of a share in percent over {@code answers} (which may be an effective, fractional
	 * number of answers), computed from its formula rather than the library's so that it takes a fractional count:
	 * (p + z²/2m ± z·√(p(1−p)/m + z²/4m²)) / (1 + z²/m).
	 */
	static Summary wilson(double percent, double answers, long n) {
		double p = clip(percent / 100, 0, 1);
		double z2m = Z * Z / answers;
		double centre = (p + z2m / 2) / (1 + z2m);
		double half = Z / (1 + z2m) * Math.sqrt(p * (1 - p) / answers + z2m / (4 * answers));
		return new Summary(percent,
				new double[] { clip((centre - half) * 100, 0, percent), clip((centre + half) * 100, percent, 100) }, n);
	}

	/** value ± t(0.975, df)·√variance as a summary of n answers. */
	static Summary t(double value, double variance, double df, long n) {
		return new Summary(value, interval(value, variance, df), n);
	}

	/** value ± t(0.975, df)·√variance; a zero variance (every answer equal) collapses it to the value. */
	static double[] interval(double value, double variance, double df) {
		if (!(variance > 0)) {
			return new double[] { value, value };
		}
		double margin = quantile(df) * Math.sqrt(variance);
		return new double[] { value - margin, value + margin };
	}

	/** t(0.975, df). */
	static double quantile(double df) {
		return new TDistribution(null, df).inverseCumulativeProbability(0.975);
	}

	/** The two-sided p of t with df degrees of freedom. */
	static double twoSidedP(double t, double df) {
		return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
	}

	static double clip(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}
}
