package io.tajriba.quality.domain;

import java.util.Collection;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.jspecify.annotations.Nullable;

/**
 * The mean of review scores (each in [0, 1]) with its 95% t interval and the number of reviews it rests on: the
 * quality score (IQS) of an agent over a period. The interval is kept on the scale; with fewer than two reviews it is
 * the whole scale, and with none there is no mean.
 */
public record ScoreMean(long n, @Nullable Double mean, double low, double high) {

	public ScoreMean {
		if (n < 0 || low < 0 || high > 1 || low > high || (mean == null) != (n == 0)) {
			throw new IllegalArgumentException("a mean of scores needs n >= 0, 0 <= low <= high <= 1 and a mean iff n > 0");
		}
	}

	public static ScoreMean of(Collection<Double> scores) {
		SummaryStatistics stats = new SummaryStatistics();
		for (double score : scores) {
			if (!(score >= 0 && score <= 1)) {
				throw new IllegalArgumentException("a review score lies in [0, 1]");
			}
			stats.addValue(score);
		}
		long n = stats.getN();
		if (n == 0) {
			return new ScoreMean(0, null, 0, 1);
		}
		double mean = stats.getMean();
		if (n < 2) {
			return new ScoreMean(n, mean, 0, 1);
		}
		double margin = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
				* stats.getStandardDeviation() / Math.sqrt(n);
		return new ScoreMean(n, mean, Math.max(0, mean - margin), Math.min(1, mean + margin));
	}
}
