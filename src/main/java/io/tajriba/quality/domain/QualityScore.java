package io.tajriba.quality.domain;

import java.util.Collection;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.jspecify.annotations.Nullable;

/**
 * The quality score (IQS) of an agent: the mean of review scores (each in [0, 1]) times 100, with the 95% t interval
 * of that mean clipped to [0, 100]. One review gives a value without an interval, none gives neither. Which reviews
 * go in is the caller's choice: the random sample's for the IQS, the targeted picks' for the figure shown apart.
 */
public record QualityScore(@Nullable Double value, @Nullable Double low, @Nullable Double high, long n) {

	public static final QualityScore NONE = new QualityScore(null, null, null, 0);

	public static QualityScore of(Collection<Double> scores) {
		SummaryStatistics stats = new SummaryStatistics();
		for (double score : scores) {
			// a weighted mean of ones may come out a rounding error above one
			if (!(score >= -1e-9 && score <= 1 + 1e-9)) {
				throw new IllegalArgumentException("a review score lies in [0, 1]");
			}
			stats.addValue(Math.max(0, Math.min(1, score)) * 100);
		}
		long n = stats.getN();
		if (n == 0) {
			return NONE;
		}
		double mean = stats.getMean();
		if (n < 2) {
			return new QualityScore(mean, null, null, n);
		}
		double margin = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
				* stats.getStandardDeviation() / Math.sqrt(n);
		return new QualityScore(mean, Math.max(0, mean - margin), Math.min(100, mean + margin), n);
	}
}
