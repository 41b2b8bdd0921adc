package io.tajriba.metrics.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How answers spread over categories, e.g. emotions (joy, surprise, anger, sadness, fear, ...): each category's
 * share of the n answers with its interval, the largest first. When an answer may carry several categories the
 * shares add up to more than 100%.
 */
public record Distribution(long n, List<Share> shares) {

	/** One category and its share of the answers. */
	public record Share(String category, Proportion proportion) {
	}

	public Distribution {
		Stats.requireCount(n, "n");
		shares = List.copyOf(shares);
		for (Share share : shares) {
			if (share.proportion().n() != n) {
				throw new IllegalArgumentException("share of " + share.category() + " is not out of " + n);
			}
		}
	}

	/** Each answer in exactly one category: n is the sum of the counts. */
	public static Distribution of(Map<String, Long> counts) {
		return of(counts, counts.values().stream().mapToLong(Long::longValue).sum());
	}

	/** Answers that may carry several categories, or none: n is the number of answers. */
	public static Distribution of(Map<String, Long> counts, long n) {
		List<Share> shares = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.map(e -> new Share(e.getKey(), Proportion.of(e.getValue(), n)))
			.toList();
		return new Distribution(n, shares);
	}
}
