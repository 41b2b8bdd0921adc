package io.tajriba.text.domain;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Uncertainty sampling: the texts the model is least sure of are the ones whose correction teaches it most. A
 * reading's margin is the probability of its label less that of the runner-up, found again from what is stored
 * (the label, its probability c, and the score s = p(positive) − p(negative), the three summing to 1):
 * positive p− = c − s, p0 = 1 − 2c + s; negative p+ = c + s, p0 = 1 − 2c − s; neutral p± = (1 − c ± s) / 2.
 */
public final class Uncertainty {

	/** What is stored of a reading. */
	public record Reading(Sentiment label, double confidence, double score) {
	}

	private Uncertainty() {
	}

	/** From 0 (a tie between two labels) to 1 (all the probability on the label). */
	public static double margin(Reading reading) {
		double c = reading.confidence();
		double s = reading.score();
		double runnerUp = switch (reading.label()) {
			case POSITIVE -> Math.max(c - s, 1 - 2 * c + s);
			case NEGATIVE -> Math.max(c + s, 1 - 2 * c - s);
			case NEUTRAL -> Math.max((1 - c + s) / 2, (1 - c - s) / 2);
		};
		return Math.clamp(c - runnerUp, 0, 1);
	}

	/**
	 * The {@code limit} items the model is least sure of, smallest margin first; of equal margins the one with the
	 * lower confidence, then the one given first (callers give the newest first).
	 */
	public static <T> List<T> leastSure(List<T> items, Function<T, Reading> reading, int limit) {
		record Ranked<T>(T item, double margin, double confidence, int order) {
		}
		var ranked = new java.util.ArrayList<Ranked<T>>(items.size());
		for (int i = 0; i < items.size(); i++) {
			Reading r = reading.apply(items.get(i));
			ranked.add(new Ranked<>(items.get(i), margin(r), r.confidence(), i));
		}
		return ranked.stream()
			.sorted(Comparator.<Ranked<T>>comparingDouble(Ranked::margin).thenComparingDouble(Ranked::confidence)
				.thenComparingInt(Ranked::order))
			.limit(Math.max(0, limit))
			.map(Ranked::item)
			.toList();
	}
}
