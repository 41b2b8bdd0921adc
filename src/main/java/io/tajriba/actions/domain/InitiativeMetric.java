package io.tajriba.actions.domain;

import java.util.Locale;

/**
 * The metrics an initiative can move; higher is better for all three. Each metric is the mean of its answers'
 * values, so that one set of sufficient statistics ({@link Moments}) serves them all: an NPS answer counts +100
 * (promoter, 9-10), 0 (passive) or −100 (detractor, 0-6), whose mean is the NPS itself; a CSAT answer 100 in the
 * top two boxes of its scale and 0 otherwise, whose mean is the satisfied share in percent; a CES answer its score.
 */
public enum InitiativeMetric {

	NPS, CSAT, CES;

	/** The value an answer of {@code score} on a {@code min}-{@code max} scale adds to the metric's mean. */
	public double value(int score, int min, int max) {
		return switch (this) {
			case NPS -> score >= 9 ? 100 : score <= 6 ? -100 : 0;
			case CSAT -> score >= max - 1 ? 100 : 0;
			case CES -> score;
		};
	}

	/** Whether the metric is a share in percent (answers 0 or 100), whose interval is Wilson's. */
	public boolean proportion() {
		return this == CSAT;
	}

	/** The metric of a key "nps", "csat" or "ces", in any case; IllegalArgumentException for any other. */
	public static InitiativeMetric of(String key) {
		for (InitiativeMetric metric : values()) {
			if (metric.key().equalsIgnoreCase(key)) {
				return metric;
			}
		}
		throw new IllegalArgumentException("unknown metric: " + key);
	}

	/** The lower-case name, as stored and as the API speaks. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
