package io.tajriba.journeys.domain;

/** The figures a stage has targets for, and which way is better for each. */
public enum Kpi {

	CONVERSION(true), CSAT(true), CES(true), POSITIVE_SENTIMENT(true), MEDIAN_HOURS(false);

	private final boolean higherIsBetter;

	Kpi(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

	public boolean higherIsBetter() {
		return higherIsBetter;
	}
}
