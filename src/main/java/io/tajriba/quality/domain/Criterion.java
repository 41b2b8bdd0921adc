package io.tajriba.quality.domain;

import io.tajriba.platform.InvalidFieldException;

/**
 * One criterion of a scorecard: its key, scale, weight, whether "not applicable" may be answered, and whether it
 * is critical: failed (its scale's lowest point), it sets the whole review to 0.
 */
public record Criterion(String key, Scale scale, double weight, boolean naAllowed, boolean critical) {

	public Criterion {
		if (key == null || !key.matches("[a-z][a-z0-9_]{0,39}")) {
			throw new InvalidFieldException("key", "must be 1 to 40 lower-case letters, digits or _, from a letter");
		}
		if (scale == null) {
			throw new InvalidFieldException("scale", "must be yes_no, three, four or five");
		}
		if (!(weight > 0 && weight <= 100)) {
			throw new InvalidFieldException("weight", "must be above 0 and at most 100");
		}
	}
}
