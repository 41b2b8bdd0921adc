package io.tajriba.metrics.domain;

/** What the tiers of a return-on-experience view stand for, and what the analyst calls them. */
public enum Grouping {

	LOYALTY("promoters", "passives", "detractors"), SENTIMENT("positive customers", "neutral customers",
			"negative customers");

	private final String top;

	private final String middle;

	private final String bottom;

	Grouping(String top, String middle, String bottom) {
		this.top = top;
		this.middle = middle;
		this.bottom = bottom;
	}

	/** The tier's name in plain English, plural and lower case ("detractors"). */
	public String label(Tier tier) {
		return switch (tier) {
			case TOP -> top;
			case MIDDLE -> middle;
			case BOTTOM -> bottom;
		};
	}
}
