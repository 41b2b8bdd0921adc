package io.tajriba.reports.domain;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Whether a share moved between two periods: the two-sided p-value of the pooled two-proportion z-test (none is
 * computed when either period has no cases or both are unanimous alike: the p-value is then 1).
 */
public final class ProportionChange {

	static final double ALPHA = 0.05;
	private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

	private ProportionChange() {
	}

	public static double pValue(long count1, long n1, long count2, long n2) {
		if (n1 == 0 || n2 == 0) {
			return 1;
		}
		double pooled = (double) (count1 + count2) / (n1 + n2);
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
		if (se == 0) {
			return 1;
		}
		double z = ((double) count1 / n1 - (double) count2 / n2) / se;
		return 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
	}

	public static boolean significant(long count1, long n1, long count2, long n2) {
		return pValue(count1, n1, count2, n2) < ALPHA;
	}
}
