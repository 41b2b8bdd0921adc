package io.tajriba.metrics.domain;

import java.util.List;

/**
 * What drives an outcome such as NPS or CSAT: R² of the regression of the outcome on all drivers (how much of
 * its variation they explain together), each driver's importance and performance in the order the drivers were
 * given, and the n respondents it rests on, all of whom answered every driver. {@code tooFew} flags fewer than
 * ten respondents per driver, or 30, whichever is more.
 */
public record DriverAnalysis(long n, double rSquared, Method method, List<DriverResult> drivers, boolean tooFew) {

	/** How the explained variance was shared out among the drivers. */
	public enum Method {

		/** Exact Shapley values: each driver's average gain in R² over every order of adding the drivers. */
		SHAPLEY,

		/** Johnson's relative weights, which approximate Shapley values closely, for more than 12 drivers. */
		RELATIVE_WEIGHTS
	}

	public DriverAnalysis {
		Stats.requireCount(n, "n");
		if (!(rSquared >= 0 && rSquared <= 1 + 1e-9)) {
			throw new IllegalArgumentException("R² must lie in [0, 1], was " + rSquared);
		}
		drivers = List.copyOf(drivers);
	}

	/** The drivers, most important first. */
	public List<DriverResult> byImportance() {
		return drivers.stream().sorted((a, b) -> Double.compare(b.importance(), a.importance())).toList();
	}
}
