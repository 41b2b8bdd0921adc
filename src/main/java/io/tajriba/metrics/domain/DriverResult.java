package io.tajriba.metrics.domain;

/**
 * One driver's place in a key driver analysis: its importance (its share of the explained variance, in % of R²,
 * all drivers adding up to 100), its contribution in R² itself, how it performs today (its mean and that mean at
 * 0-100 on its scale) and the resulting quadrant. For an indicator whose presence goes with a worse outcome (a
 * negative emotion, a complaint's theme) {@code lowerIsBetter} is set and its performance is the share of responses
 * without it, so that high performance always means good.
 */
public record DriverResult(String name, double importance, double contribution, double mean, double performance,
		Quadrant quadrant, boolean lowerIsBetter) {

	public DriverResult {
		Stats.requireFinite(importance, "importance");
		Stats.requireFinite(contribution, "contribution");
		Stats.requireFinite(mean, "mean");
		if (performance < 0 || performance > 100) {
			throw new IllegalArgumentException("performance must lie in [0, 100], was " + performance);
		}
	}
}
