package io.tajriba.employees.domain;

import java.util.Collection;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.jspecify.annotations.Nullable;

/**
 * A team's figure with its 95% interval and the answers it stands on: a share in percent (Wilson's interval), a mean
 * score (t interval) or an eNPS worked out elsewhere. No answers: no value; one answer of a mean: no interval.
 */
public record TeamFigure(@Nullable Double value, @Nullable Double low, @Nullable Double high, long n) {

	public static final TeamFigure NONE = new TeamFigure(null, null, null, 0);

	static final double Z = 1.959963984540054;

	/** The share of {@code hits} in {@code n}, in percent, with Wilson's score interval. */
	public static TeamFigure share(long hits, long n) {
		if (hits < 0 || hits > n) {
			throw new IllegalArgumentException("hits must lie in [0, n]");
		}
		if (n == 0) {
			return NONE;
		}
		double p = (double) hits / n;
		double z2 = Z * Z;
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
		return new TeamFigure(p * 100, Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100, n);
	}

	/** The mean of scores in [0, 1], times 100, with the t interval of the mean clipped to [0, 100]. */
	public static TeamFigure mean(Collection<Double> scores) {
		SummaryStatistics stats = new SummaryStatistics();
		scores.forEach(s -> stats.addValue(Math.max(0, Math.min(1, s)) * 100));
		long n = stats.getN();
		if (n == 0) {
			return NONE;
		}
		if (n < 2) {
			return new TeamFigure(stats.getMean(), null, null, n);
		}
		double margin = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
				* stats.getStandardDeviation() / Math.sqrt(n);
		return new TeamFigure(stats.getMean(), Math.max(0, stats.getMean() - margin),
				Math.min(100, stats.getMean() + margin), n);
	}
}
