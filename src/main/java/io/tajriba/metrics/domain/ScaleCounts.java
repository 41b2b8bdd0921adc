package io.tajriba.metrics.domain;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * How many answers each point of a rating scale got, e.g. CSAT 1-5 or CES 1-7: {@code counts.get(0)} answers
 * gave {@code min}, the last gave {@code max}. What the database returns from a {@code group by answer}.
 */
public record ScaleCounts(int min, int max, List<Long> counts) {

	public ScaleCounts {
		if (max <= min) {
			throw new IllegalArgumentException("a scale needs max > min, was " + min + "-" + max);
		}
		counts = List.copyOf(counts);
		if (counts.size() != max - min + 1) {
			throw new IllegalArgumentException("a " + min + "-" + max + " scale needs " + (max - min + 1)
					+ " counts, got " + counts.size());
		}
		counts.forEach(c -> Stats.requireCount(c, "count"));
	}

	/** CSAT on 1-5: counts of 1, 2, 3, 4 and 5. */
	public static ScaleCounts csat(long... counts) {
		return new ScaleCounts(1, 5, boxed(counts));
	}

	/** Customer effort on 1-7: counts of 1 to 7. */
	public static ScaleCounts ces(long... counts) {
		return new ScaleCounts(1, 7, boxed(counts));
	}

	/** Counts the given answers, each a point of the scale. */
	public static ScaleCounts ofAnswers(int min, int max, int... answers) {
		long[] counts = new long[Math.max(0, max - min + 1)];
		for (int answer : answers) {
			if (answer < min || answer > max) {
				throw new IllegalArgumentException("answer " + answer + " is off the " + min + "-" + max + " scale");
			}
			counts[answer - min]++;
		}
		return new ScaleCounts(min, max, boxed(counts));
	}

	public long n() {
		return counts.stream().mapToLong(Long::longValue).sum();
	}

	public long count(int point) {
		return point < min || point > max ? 0 : counts.get(point - min);
	}

	/** Share of answers on the two best points (4-5 of 1-5): CSAT as most teams report it. */
	public Proportion topTwoBox() {
		return Proportion.of(count(max) + count(max - 1), n());
	}

	/** Average answer with its t interval, kept within the scale. */
	public MeanResult mean() {
		long n = n();
		if (n < 2) {
			return MeanResult.of(n, firstAnswered(), 0).onScale(min, max);
		}
		double[] points = new double[counts.size()];
		double[] weights = new double[counts.size()];
		for (int i = 0; i < points.length; i++) {
			points[i] = min + i;
			weights[i] = counts.get(i);
		}
		// counts as frequency weights: the weighted variance divides by (n - 1), the sample variance
		double mean = new Mean().evaluate(points, weights);
		double sd = Math.sqrt(new Variance().evaluate(points, weights));
		return MeanResult.of(n, mean, sd).onScale(min, max);
	}

	private int firstAnswered() {
		for (int i = 0; i < counts.size(); i++) {
			if (counts.get(i) > 0) {
				return min + i;
			}
		}
		return min;
	}

	private static List<Long> boxed(long[] counts) {
		return Arrays.stream(counts).boxed().toList();
	}
}
