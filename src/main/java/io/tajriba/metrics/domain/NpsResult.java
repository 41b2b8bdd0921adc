package io.tajriba.metrics.domain;

/**
 * Net Promoter Score of a group of answers: promoters (9-10) minus detractors (0-6) in points from -100 to 100,
 * with its 95% interval. {@code tooFew} flags a score resting on fewer answers than the workspace trusts; it is
 * still computed, to be shown greyed out rather than hidden. With no answers the score is 0 and the interval the
 * whole scale.
 */
public record NpsResult(long n, long promoters, long passives, long detractors, double value, double ciLow,
		double ciHigh, boolean tooFew) {

	public NpsResult {
		Stats.requireCount(promoters, "promoters");
		Stats.requireCount(passives, "passives");
		Stats.requireCount(detractors, "detractors");
		if (n != promoters + passives + detractors) {
			throw new IllegalArgumentException("n must be promoters + passives + detractors, was " + n);
		}
		if (value < -100 || value > 100) {
			throw new IllegalArgumentException("NPS must lie in [-100, 100], was " + value);
		}
		Stats.requireInterval(ciLow, value, ciHigh);
	}

	/** Share of promoters, 0 to 1. */
	public double promoterShare() {
		return n == 0 ? 0 : (double) promoters / n;
	}

	/** Share of detractors, 0 to 1. */
	public double detractorShare() {
		return n == 0 ? 0 : (double) detractors / n;
	}

	/**
	 * Variance of the score in points²: each answer counts +1, 0 or -1, whose variance is
	 * p<sub>P</sub> + p<sub>D</sub> - (p<sub>P</sub> - p<sub>D</sub>)², divided by n for the mean of n answers.
	 */
	public double variance() {
		return variance(promoters, detractors, n);
	}

	static double variance(long promoters, long detractors, long n) {
		if (n == 0) {
			return 0;
		}
		double p = (double) promoters / n;
		double d = (double) detractors / n;
		return (p + d - (p - d) * (p - d)) / n * 100 * 100;
	}
}
