package io.tajriba.journeys.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects feedback by stage, as counts so that SQL aggregates feed it as well as single answers: CSAT and effort
 * scores, and per text its sentiment, emotion and themes (codes of the caller's dictionaries).
 */
public final class StageFeedback {

	private static final int CSAT_MAX = 5;
	private static final int CES_MAX = 7;

	private final long[][] csat;
	private final long[][] ces;
	private final long[][] sentiments;
	private final long[][] emotions;
	private final long[][] themes;

	public StageFeedback(int stageCount) {
		if (stageCount < 1 || stageCount > JourneyMap.MAX_STAGES) {
			throw new IllegalArgumentException("stageCount must be 1 to " + JourneyMap.MAX_STAGES);
		}
		csat = new long[stageCount][CSAT_MAX + 1];
		ces = new long[stageCount][CES_MAX + 1];
		sentiments = new long[stageCount][Sentiment.values().length];
		emotions = new long[stageCount][8];
		themes = new long[stageCount][8];
	}

	/** {@code count} CSAT answers of {@code score} (1-5) at a stage. */
	public void addCsat(int stage, int score, long count) {
		requireStage(stage);
		requireScore(score, CSAT_MAX, count);
		csat[stage][score] += count;
	}

	/** {@code count} effort answers of {@code score} (1-7) at a stage. */
	public void addCes(int stage, int score, long count) {
		requireStage(stage);
		requireScore(score, CES_MAX, count);
		ces[stage][score] += count;
	}

	/** {@code count} texts with this sentiment; {@code emotion} is a code or {@link JourneyEvents#NONE}. */
	public void addTexts(int stage, Sentiment sentiment, int emotion, long count) {
		requireStage(stage);
		Stats.requireCount(count, "count");
		sentiments[stage][sentiment.ordinal()] += count;
		if (emotion >= 0) {
			emotions[stage] = add(emotions[stage], emotion, count);
		}
	}

	/**
	 * {@code count} texts of a stage, already added with their sentiment, that carry this emotion as well: text
	 * analytics may read several in one text.
	 */
	public void addEmotion(int stage, int emotion, long count) {
		requireStage(stage);
		Stats.requireCount(count, "count");
		emotions[stage] = add(emotions[stage], emotion, count);
	}

	/** {@code count} texts of a stage that carry a theme. */
	public void addTheme(int stage, int theme, long count) {
		requireStage(stage);
		Stats.requireCount(count, "count");
		themes[stage] = add(themes[stage], theme, count);
	}

	public StageExperience experience(int stage, int topThemes) {
		requireStage(stage);
		long texts = Arrays.stream(sentiments[stage]).sum();
		Rate satisfied = Rate.of(csat[stage][4] + csat[stage][5], Arrays.stream(csat[stage]).sum());
		Rate positive = Rate.of(sentiments[stage][Sentiment.POSITIVE.ordinal()], texts);
		Rate negative = Rate.of(sentiments[stage][Sentiment.NEGATIVE.ordinal()], texts);
		return new StageExperience(stage, satisfied, mean(ces[stage]), positive, negative,
				shares(emotions[stage], texts, Integer.MAX_VALUE), shares(themes[stage], texts, topThemes));
	}

	private static Mean mean(long[] counts) {
		long n = 0;
		double sum = 0;
		double squares = 0;
		for (int score = 1; score < counts.length; score++) {
			n += counts[score];
			sum += (double) score * counts[score];
			squares += (double) score * score * counts[score];
		}
		return Mean.of(n, sum, squares);
	}

	// a theme or emotion counted on more texts than the stage has sentiments for is capped at that number
	private static List<CodeShare> shares(long[] counts, long texts, int limit) {
		List<CodeShare> shares = new ArrayList<>();
		for (int code = 0; code < counts.length; code++) {
			if (counts[code] > 0) {
				shares.add(new CodeShare(code, Rate.of(Math.min(counts[code], texts), texts)));
			}
		}
		shares.sort(Comparator.comparingLong((CodeShare s) -> s.share().successes()).reversed()
			.thenComparingInt(CodeShare::code));
		return shares.subList(0, Math.min(limit, shares.size()));
	}

	private static long[] add(long[] counts, int code, long count) {
		if (code < 0) {
			throw new IllegalArgumentException("a code is not negative, was " + code);
		}
		long[] grown = code < counts.length ? counts : Arrays.copyOf(counts, Math.max(code + 1, counts.length * 2));
		grown[code] += count;
		return grown;
	}

	private void requireStage(int stage) {
		if (stage < 0 || stage >= csat.length) {
			throw new IllegalArgumentException("stage " + stage + " is not one of " + csat.length);
		}
	}

	private static void requireScore(int score, int max, long count) {
		Stats.requireCount(count, "count");
		if (score < 1 || score > max) {
			throw new IllegalArgumentException("score " + score + " is off the 1-" + max + " scale");
		}
	}
}
