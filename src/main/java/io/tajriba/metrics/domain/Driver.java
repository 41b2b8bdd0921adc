package io.tajriba.metrics.domain;

/**
 * A candidate driver of an outcome, e.g. the answer to "How satisfied were you with delivery?" on a 1-5 scale;
 * its scale turns its mean into a 0-100 performance. An indicator is 1 where something was present (an emotion
 * picked, a theme mentioned) and 0 where not; whether more of it is better is read from the data.
 */
public record Driver(String name, double scaleMin, double scaleMax, boolean indicator) {

	public Driver(String name, double scaleMin, double scaleMax) {
		this(name, scaleMin, scaleMax, false);
	}

	/** Something present (1) or not (0) in each response. */
	public static Driver indicator(String name) {
		return new Driver(name, 0, 1, true);
	}

	public Driver {
		if (name.isBlank()) {
			throw new IllegalArgumentException("a driver needs a name");
		}
		if (!(scaleMin < scaleMax)) {
			throw new IllegalArgumentException("scale of " + name + " needs min < max, was " + scaleMin + "-" + scaleMax);
		}
	}

	/** The mean's place on the scale: 0 at its bottom, 100 at its top. */
	public double performance(double mean) {
		return Stats.clip((mean - scaleMin) / (scaleMax - scaleMin) * 100, 0, 100);
	}
}
