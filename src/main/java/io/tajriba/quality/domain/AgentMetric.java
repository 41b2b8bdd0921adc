package io.tajriba.quality.domain;

import java.util.Locale;

/**
 * The feedback figures of an agent, each from the answers to one kind of survey question: CSAT the share satisfied
 * (the two best points, 4 and 5 of 1-5, the cut-off the metrics module and the closed loop use), NPS, CES the mean
 * answer (1 very difficult to 7 very easy) and the share of detractors (0-6 of the NPS answers), lower being better.
 */
public enum AgentMetric {

	CSAT("csat", 1, 5, true), NPS("nps", 0, 10, true), CES("ces", 1, 7, true), DETRACTORS("nps", 0, 10, false);

	private final String questionType;
	private final int min;
	private final int max;
	private final boolean higherIsBetter;

	AgentMetric(String questionType, int min, int max, boolean higherIsBetter) {
		this.questionType = questionType;
		this.min = min;
		this.max = max;
		this.higherIsBetter = higherIsBetter;
	}

	/** The survey question type whose answers make the figure. */
	public String questionType() {
		return questionType;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	public boolean higherIsBetter() {
		return higherIsBetter;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The figure of the answers, {@code counts[i]} being how many gave {@code min + i}. */
	public Figure figure(long[] counts) {
		if (counts.length != max - min + 1) {
			throw new IllegalArgumentException(key() + " needs " + (max - min + 1) + " counts");
		}
		return switch (this) {
			case CSAT -> Figure.share(counts[3] + counts[4], sum(counts));
			case NPS -> Figure.nps(counts[9] + counts[10], counts[7] + counts[8], sum(counts) - counts[7] - counts[8]
					- counts[9] - counts[10]);
			case CES -> Figure.mean(min, max, counts);
			case DETRACTORS -> Figure.share(sum(counts) - counts[7] - counts[8] - counts[9] - counts[10], sum(counts));
		};
	}

	private static long sum(long[] counts) {
		long n = 0;
		for (long c : counts) {
			n += c;
		}
		return n;
	}
}
