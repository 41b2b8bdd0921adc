package io.tajriba.maturity.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assessment read: per competency the level its evidence earns and the level its raters give, side by side
 * (disagreeing when a level or more apart), and the overall levels (the nearest level to the competencies' mean,
 * leaving out those with no data yet).
 */
public record Evaluation(List<Result> competencies, @Nullable Level overall, @Nullable Level overallRaters) {

	/** An evidence figure with the level its rule gives (null: no data yet). */
	public record Scored(String key, Measure measure, @Nullable Level level) {
	}

	/**
	 * An item's ratings by rater, their mean and spread (highest − lowest); raters disagree on it when the spread is
	 * two points or more.
	 */
	public record Item(String key, Map<UUID, Integer> byRater, @Nullable Double mean, int spread) {

		public boolean disagreed() {
			return spread >= 2;
		}
	}

	/** A step to take: from a weak evidence figure or a weak item, with the level or mean that made it weak. */
	public record Recommendation(String source, String key, @Nullable Level level, @Nullable Measure measure,
			@Nullable Double mean) {
	}

	public record Result(String key, @Nullable Level evidenceLevel, @Nullable Double raterMean,
			@Nullable Level raterLevel, List<Scored> evidence, List<Item> items,
			List<Recommendation> recommendations) {

		/** Evidence and raters a level or more apart. */
		public boolean disagree() {
			return evidenceLevel != null && raterLevel != null
					&& Math.abs(evidenceLevel.number() - raterLevel.number()) >= 1;
		}
	}
}
