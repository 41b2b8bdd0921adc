package io.tajriba.metrics.domain;

/**
 * Whether a metric really moved between two periods or segments: the difference (second minus first, in the
 * metric's own unit), its z statistic, the two-sided p-value and whether that is below 0.05. A change that is not
 * significant may still be real, but the answers so far cannot tell it from chance.
 */
public record ChangeTest(double difference, double z, double pValue, boolean significant) {

	public ChangeTest {
		Stats.requireFinite(difference, "difference");
		if (Double.isNaN(z)) {
			throw new IllegalArgumentException("z must be a number");
		}
		if (!(pValue >= 0 && pValue <= 1)) {
			throw new IllegalArgumentException("p-value must lie in [0, 1], was " + pValue);
		}
	}

	/**
	 * The z-test of a difference with the given standard error. With no spread at all (both sides unanimous) an
	 * equal pair is no change and a different pair is certainly one: z is then infinite.
	 */
	public static ChangeTest of(double difference, double standardError) {
		if (standardError == 0) {
			return difference == 0 ? none(0) : new ChangeTest(difference, Math.copySign(Double.POSITIVE_INFINITY,
					difference), 0, true);
		}
		double z = difference / standardError;
		double p = Stats.twoSidedP(z);
		return new ChangeTest(difference, z, p, p < Stats.ALPHA);
	}

	/** No evidence either way, e.g. when one side has no answers. */
	static ChangeTest none(double difference) {
		return new ChangeTest(difference, 0, 1, false);
	}
}
