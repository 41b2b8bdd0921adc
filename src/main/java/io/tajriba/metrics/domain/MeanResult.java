package io.tajriba.metrics.domain;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * An average, of a rating (CSAT 1-5, CES 1-7) or of money (revenue per customer), with its sample standard
 * deviation and 95% t interval. Below two values the spread is unknown: the interval is then the whole scale for
 * a rating, or the mean itself otherwise. With no values the mean is 0, or the middle of a rating scale.
 */
public record MeanResult(long n, double mean, double standardDeviation, double ciLow, double ciHigh) {

	public MeanResult {
		Stats.requireCount(n, "n");
		Stats.requireFinite(mean, "mean");
		if (!(standardDeviation >= 0)) {
			throw new IllegalArgumentException("standard deviation must not be negative, was " + standardDeviation);
		}
		Stats.requireInterval(ciLow, mean, ciHigh);
	}

	public static MeanResult of(double... values) {
		var statistics = new SummaryStatistics();
		for (double value : values) {
			statistics.addValue(value);
		}
		return of(statistics.getN(), values.length == 0 ? 0 : statistics.getMean(),
				values.length < 2 ? 0 : statistics.getStandardDeviation());
	}

	/** From aggregates such as SQL's {@code count}, {@code avg} and {@code stddev_samp}. */
	public static MeanResult of(long n, double mean, double standardDeviation) {
		if (n < 2) {
			return new MeanResult(n, n == 0 ? 0 : mean, 0, n == 0 ? 0 : mean, n == 0 ? 0 : mean);
		}
		double margin = Stats.t(n) * standardDeviation / Math.sqrt(n);
		return new MeanResult(n, mean, standardDeviation, mean - margin, mean + margin);
	}

	/**
	 * Whether the average moved between two periods or segments: the difference of the means over the standard error
	 * of that difference (Welch's, read on the normal curve, which the 30-answer minimum makes fair).
	 */
	public static ChangeTest change(MeanResult before, MeanResult after) {
		double difference = after.mean - before.mean;
		if (before.n < 2 || after.n < 2) {
			return ChangeTest.none(difference);
		}
		double variance = before.standardDeviation * before.standardDeviation / before.n
				+ after.standardDeviation * after.standardDeviation / after.n;
		return ChangeTest.of(difference, Math.sqrt(variance));
	}

	/** The same mean read on a bounded scale: the interval cannot leave the scale. */
	MeanResult onScale(double min, double max) {
		if (n < 2) {
			return new MeanResult(n, n == 0 ? (min + max) / 2 : mean, 0, min, max);
		}
		return new MeanResult(n, mean, standardDeviation, Stats.clip(ciLow, min, mean), Stats.clip(ciHigh, mean, max));
	}
}
