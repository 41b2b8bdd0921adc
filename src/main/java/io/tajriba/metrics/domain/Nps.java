package io.tajriba.metrics.domain;

/** Computes NPS from counts of answers, and tests whether it changed between two periods or segments. */
public final class Nps {

	/** Below this many answers a score is flagged as resting on too few, unless the workspace sets another. */
	public static final int DEFAULT_MINIMUM = 30;

	private Nps() {
	}

	public static NpsResult of(long promoters, long passives, long detractors) {
		return of(promoters, passives, detractors, DEFAULT_MINIMUM);
	}

	public static NpsResult of(long promoters, long passives, long detractors, int minimum) {
		if (minimum < 0) {
			throw new IllegalArgumentException("minimum must not be negative, was " + minimum);
		}
		long n = promoters + passives + detractors;
		if (n == 0) {
			return new NpsResult(0, 0, 0, 0, 0, -100, 100, minimum > 0);
		}
		double value = 100.0 * (promoters - detractors) / n;
		double margin = Stats.Z * Math.sqrt(NpsResult.variance(promoters, detractors, n));
		return new NpsResult(n, promoters, passives, detractors, value, Stats.clip(value - margin, -100, 100),
				Stats.clip(value + margin, -100, 100), n < minimum);
	}

	/** NPS of the answers of a 0-10 scale. */
	public static NpsResult of(ScaleCounts answers, int minimum) {
		if (answers.min() != 0 || answers.max() != 10) {
			throw new IllegalArgumentException("NPS needs a 0-10 scale, was " + answers.min() + "-" + answers.max());
		}
		long promoters = answers.count(9) + answers.count(10);
		long passives = answers.count(7) + answers.count(8);
		return of(promoters, passives, answers.n() - promoters - passives, minimum);
	}

	/**
	 * Two-sample z-test of the change from {@code before} to {@code after} (independent answers):
	 * z = difference / sqrt(var<sub>before</sub> + var<sub>after</sub>). Without answers on one side there is
	 * nothing to test.
	 */
	public static ChangeTest change(NpsResult before, NpsResult after) {
		double difference = after.value() - before.value();
		if (before.n() == 0 || after.n() == 0) {
			return ChangeTest.none(difference);
		}
		return ChangeTest.of(difference, Math.sqrt(before.variance() + after.variance()));
	}
}
