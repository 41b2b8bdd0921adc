package io.tajriba.journeys.domain;

import java.util.Arrays;

/**
 * The median of durations, in hours, with a distribution-free 95% interval from order statistics: the values
 * ranked n/2 ± z·√n/2, since durations in a stage are far too skewed for a normal approximation. With no value
 * the median is 0 and n tells that it means nothing.
 */
public record Median(long n, double hours, double ciLowHours, double ciHighHours) {

	public Median {
		Stats.requireCount(n, "n");
		Stats.requireInterval(ciLowHours, hours, ciHighHours);
	}

	/** The median of {@code count} durations in seconds held at the start of {@code seconds}; sorts them. */
	static Median ofSeconds(long[] seconds, int count) {
		if (count == 0) {
			return new Median(0, 0, 0, 0);
		}
		Arrays.sort(seconds, 0, count);
		double middle = count % 2 == 1 ? seconds[count / 2]
				: (seconds[count / 2 - 1] + seconds[count / 2]) / 2.0;
		double spread = Stats.Z * Math.sqrt(count) / 2;
		int low = (int) Math.max(0, Math.floor(count / 2.0 - spread) - 1);
		int high = (int) Math.min(count - 1, Math.ceil(count / 2.0 + spread));
		return new Median(count, hours(middle), hours(Math.min(seconds[low], middle)),
				hours(Math.max(seconds[high], middle)));
	}

	private static double hours(double seconds) {
		return seconds / 3600;
	}
}
