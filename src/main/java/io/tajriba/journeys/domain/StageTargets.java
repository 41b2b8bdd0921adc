package io.tajriba.journeys.domain;

import org.jspecify.annotations.Nullable;

/**
 * The desired state of a stage in numbers; each target is optional (null: none set). Percentages are 0-100;
 * CES is the mean on the 1-7 agreement scale ("the company made it easy for me"), so higher is better; the median
 * time in the stage is in hours, and lower is better.
 */
public record StageTargets(@Nullable Double conversionPercent, @Nullable Double csatPercent, @Nullable Double cesMean,
		@Nullable Double positiveSentimentPercent, @Nullable Double medianHours) {

	public static final StageTargets NONE = new StageTargets(null, null, null, null, null);

	public StageTargets {
		requireIn(conversionPercent, 0, 100, "conversionPercent");
		requireIn(csatPercent, 0, 100, "csatPercent");
		requireIn(cesMean, 1, 7, "cesMean");
		requireIn(positiveSentimentPercent, 0, 100, "positiveSentimentPercent");
		requireIn(medianHours, 0, 24 * 365 * 10, "medianHours");
	}

	/** The target of one KPI, or null when none is set. */
	public @Nullable Double of(Kpi kpi) {
		return switch (kpi) {
			case CONVERSION -> conversionPercent;
			case CSAT -> csatPercent;
			case CES -> cesMean;
			case POSITIVE_SENTIMENT -> positiveSentimentPercent;
			case MEDIAN_HOURS -> medianHours;
		};
	}

	private static void requireIn(@Nullable Double value, double low, double high, String name) {
		if (value != null && !(value >= low && value <= high)) {
			throw new IllegalArgumentException(name + " must lie in [" + low + ", " + high + "], was " + value);
		}
	}
}
