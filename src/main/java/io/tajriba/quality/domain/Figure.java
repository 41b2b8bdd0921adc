package io.tajriba.quality.domain;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * One feedback figure of an agent or a team with its 95% interval and the n it rests on, and the sampling variance
 * that shrinkage weighs it by. Shares are in percent with Wilson intervals, as the metrics module computes them;
 * NPS in points from −100 to 100 with the normal interval of the mean of +1/0/−1 answers; CES the mean answer with
 * its t interval, kept on the scale. With no answers the value is 0 (a share, NPS) or the middle of the scale
 * (a mean) and the interval the whole range.
 */
public record Figure(long n, double value, double low, double high, double variance) {

	static final double CONFIDENCE = 0.95;

	/** The two-sided 95% quantile of the standard normal, 1.95996... */
	static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

	public Figure {
		if (n < 0 || !(low <= value && value <= high)) {
			throw new IllegalArgumentException("a figure needs n >= 0 and low <= value <= high");
		}
	}

	/** {@code successes} of {@code n} in percent with the 95% Wilson interval. */
	public static Figure share(long successes, long n) {
		if (successes < 0 || successes > n) {
			throw new IllegalArgumentException("successes must lie in [0, n]");
		}
		if (n == 0) {
			return new Figure(0, 0, 0, 100, Double.POSITIVE_INFINITY);
		}
		double value = 100.0 * successes / n;
		// the library counts in int; no workspace has two billion answers of one agent in a period
		ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) n, (int) successes, CONFIDENCE);
		return new Figure(n, value, clip(ci.getLowerBound() * 100, 0, value), clip(ci.getUpperBound() * 100, value, 100),
				Shrinkage.shareVariance(successes, n) * 100 * 100);
	}

	/**
	 * Net Promoter Score: promoters minus detractors in points, ± z·sqrt(variance) with the variance of the mean of
	 * answers counted +1, 0 and −1, p<sub>P</sub> + p<sub>D</sub> − (p<sub>P</sub> − p<sub>D</sub>)² over n, clipped
	 * to [−100, 100] (the metrics module's method). For shrinkage the variance is taken as if half an answer more were
	 * a promoter and half a detractor, so that three unanimous answers do not count as certain.
	 */
	public static Figure nps(long promoters, long passives, long detractors) {
		long n = promoters + passives + detractors;
		if (promoters < 0 || passives < 0 || detractors < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
		if (n == 0) {
			return new Figure(0, 0, -100, 100, Double.POSITIVE_INFINITY);
		}
		double value = 100.0 * (promoters - detractors) / n;
		double margin = Z * Math.sqrt(npsVariance(promoters, detractors, n, n));
		double adjusted = npsVariance(promoters + 0.5, detractors + 0.5, n + 1, n);
		return new Figure(n, value, clip(value - margin, -100, value), clip(value + margin, value, 100), adjusted);
	}

	/**
	 * The mean answer of a {@code min}-{@code max} scale from the counts of each point, with its t interval kept on
	 * the scale; below two answers the interval is the whole scale. For shrinkage the spread is taken as at least one
	 * point of the scale (answers are whole points: a smaller spread from few answers is chance).
	 */
	public static Figure mean(int min, int max, long[] counts) {
		if (counts.length != max - min + 1) {
			throw new IllegalArgumentException("a " + min + "-" + max + " scale needs " + (max - min + 1) + " counts");
		}
		long n = 0;
		double sum = 0;
		for (int i = 0; i < counts.length; i++) {
			n += counts[i];
			sum += counts[i] * (double) (min + i);
		}
		double middle = (min + max) / 2.0;
		if (n == 0) {
			return new Figure(0, middle, min, max, Double.POSITIVE_INFINITY);
		}
		double mean = sum / n;
		double range = max - min;
		if (n < 2) {
			return new Figure(n, mean, min, max, range * range / 4);
		}
		double squares = 0;
		for (int i = 0; i < counts.length; i++) {
			squares += counts[i] * Math.pow(min + i - mean, 2);
		}
		double variance = squares / (n - 1);
		double margin = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance / n);
		return new Figure(n, mean, clip(mean - margin, min, mean), clip(mean + margin, mean, max),
				Math.max(variance, 1) / n);
	}

	/** The interval, for ranking. */
	public TieRanking.Interval interval() {
		return new TieRanking.Interval(low, high);
	}

	private static double npsVariance(double promoters, double detractors, double total, long n) {
		double p = promoters / total;
		double d = detractors / total;
		return (p + d - (p - d) * (p - d)) / n * 100 * 100;
	}

	private static double clip(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}
}
