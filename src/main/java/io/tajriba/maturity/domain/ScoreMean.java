package io.tajriba.maturity.domain;

import java.util.Collection;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.jspecify.annotations.Nullable;

/**
 * The mean of scores that lie in [0, 1] (a criterion's points as a share of its scale), with its 95% Student t
 * interval kept within [0, 1]; one score has the whole range as its interval, none has no value.
 */
public record ScoreMean(@Nullable Double value, double low, double high, long n) {

	public static ScoreMean of(Collection<Double> scores) {
		SummaryStatistics stats = new SummaryStatistics();
		scores.forEach(s -> {
			if (s < 0 || s > 1) {
				throw new IllegalArgumentException("scores lie in [0, 1], was " + s);
			}
			stats.addValue(s);
		});
		long n = stats.getN();
		if (n == 0) {
			return new ScoreMean(null, 0, 1, 0);
		}
		double mean = stats.getMean();
		if (n == 1) {
			return new ScoreMean(mean, 0, 1, 1);
		}
		double margin = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
				* stats.getStandardDeviation() / Math.sqrt(n);
		return new ScoreMean(mean, Math.max(0, mean - margin), Math.min(1, mean + margin), n);
	}

	public boolean hasData() {
		return value != null;
	}
}
