package io.tajriba.quality.domain;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.jspecify.annotations.Nullable;

/**
 * What coaching did, with its 95% interval: the change of the coached agent's scores after the session against
 * before (Welch), and, when agents of similar baseline not yet coached are at hand, the difference in differences
 * (the coached agent's change minus theirs), whose interval uses the Welch–Satterthwaite degrees of freedom.
 */
public record Effect(double value, double low, double high, long n) {

	/** After minus before; null when either side has fewer than two scores. */
	public static @Nullable Effect beforeAfter(double[] before, double[] after) {
		return combine(new double[][] { after, before }, new int[] { 1, -1 });
	}

	/** (coached after − before) − (others after − before); null when any group has fewer than two scores. */
	public static @Nullable Effect differenceInDifferences(double[] before, double[] after, double[] othersBefore,
			double[] othersAfter) {
		return combine(new double[][] { after, before, othersAfter, othersBefore }, new int[] { 1, -1, -1, 1 });
	}

	private static @Nullable Effect combine(double[][] groups, int[] signs) {
		double value = 0;
		double variance = 0;
		double df = 0;
		long n = 0;
		for (int i = 0; i < groups.length; i++) {
			if (groups[i].length < 2) {
				return null;
			}
			double v = StatUtils.variance(groups[i]) / groups[i].length;
			value += signs[i] * StatUtils.mean(groups[i]);
			variance += v;
			df += v * v / (groups[i].length - 1);
			n += groups[i].length;
		}
		if (variance == 0) {
			return new Effect(value, value, value, n);
		}
		double t = new TDistribution(null, variance * variance / df).inverseCumulativeProbability(0.975);
		double margin = t * Math.sqrt(variance);
		return new Effect(value, value - margin, value + margin, n);
	}

	/** Whether the interval lies wholly above zero: the effect is there beyond chance. */
	public boolean helped() {
		return low > 0;
	}
}
