package io.tajriba.quality.domain;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A mean of scores from 0 to 1 or a share, with its 95% interval and n, as training needs and coaching effects show
 * them: a mean with its t interval kept within [0, 1] (the whole range below two scores), a share with its Wilson
 * interval. Nothing to go on: value 0 and the whole range.
 */
public record CoachingFigure(double value, double low, double high, long n) {

	public static CoachingFigure mean(double[] scores) {
		int n = scores.length;
		if (n == 0) {
			return new CoachingFigure(0, 0, 1, 0);
		}
		double mean = StatUtils.mean(scores);
		if (n < 2) {
			return new CoachingFigure(mean, 0, 1, 1);
		}
		double margin = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
				* Math.sqrt(StatUtils.variance(scores) / n);
		return new CoachingFigure(mean, clip(mean - margin, 0, mean), clip(mean + margin, mean, 1), n);
	}

	public static CoachingFigure share(long hits, long n) {
		if (hits < 0 || hits > n) {
			throw new IllegalArgumentException("hits must lie in [0, n]");
		}
		if (n == 0) {
			return new CoachingFigure(0, 0, 1, 0);
		}
		double value = (double) hits / n;
		// the library counts in int; an agent does not have two billion comments in a period
		var ci = new WilsonScoreInterval().createInterval(Math.toIntExact(n), Math.toIntExact(hits), 0.95);
		return new CoachingFigure(value, clip(ci.getLowerBound(), 0, value), clip(ci.getUpperBound(), value, 1), n);
	}

	private static double clip(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}
}
