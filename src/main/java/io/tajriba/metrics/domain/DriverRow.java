package io.tajriba.metrics.domain;

/**
 * One respondent for key driver analysis: the outcome (e.g. their likelihood to recommend) and their value of
 * each driver, in the order of the drivers; {@link Double#NaN} where an answer is missing.
 */
public record DriverRow(double outcome, double[] values) {

	public DriverRow {
		values = values.clone();
	}

	@Override
	public double[] values() {
		return values.clone();
	}

	boolean complete() {
		if (Double.isNaN(outcome)) {
			return false;
		}
		for (double value : values) {
			if (Double.isNaN(value)) {
				return false;
			}
		}
		return true;
	}

	double value(int driver) {
		return values[driver];
	}
}
