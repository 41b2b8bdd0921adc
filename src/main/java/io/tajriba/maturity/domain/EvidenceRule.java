package io.tajriba.maturity.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A rubric rule that maps a figure to a level: four ascending thresholds, the figure reaching the k-th earns level
 * k + 1 (below the first: initial). A share's thresholds are shares (0.6 is 60%), a count's counts.
 */
public record EvidenceRule(String key, String competency, Measure.Kind kind, List<Double> thresholds) {

	public EvidenceRule {
		thresholds = List.copyOf(thresholds);
		if (thresholds.size() != 4) {
			throw new IllegalArgumentException("rule " + key + " needs 4 thresholds, has " + thresholds.size());
		}
		for (int i = 1; i < 4; i++) {
			if (!(thresholds.get(i) > thresholds.get(i - 1))) {
				throw new IllegalArgumentException("rule " + key + ": thresholds must ascend, " + thresholds);
			}
		}
	}

	/** The level this figure earns; null when it has no data. */
	public @Nullable Level level(Measure measure) {
		if (measure.kind() != kind) {
			throw new IllegalArgumentException("rule " + key + " reads a " + kind + ", got a " + measure.kind());
		}
		Double value = measure.value();
		if (value == null) {
			return null;
		}
		int reached = 0;
		for (double t : thresholds) {
			// a hair below a threshold (0.7999999 from 4 of 5 shown as 80%) does not lose the level
			if (value >= t - 1e-9) {
				reached++;
			}
		}
		return Level.of(reached + 1);
	}
}
