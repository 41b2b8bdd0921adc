package io.tajriba.demo.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * How the demo company's reviewers score its agents' work: each agent has a skill (the agents who leave customers
 * with bad experiences more often score lower: {@link Agents#badFactor}), every criterion a point drawn around it.
 * Kaveh Jafari is weak on empathy until he is coached on it, and a little above his usual level after: an effect
 * large enough to stand out of the few weeks of random reviews since, whatever day the demo starts on.
 */
public final class QualityScores {

	/** A criterion as the scorecard gives it: its key, the scale's lowest and highest point, N/A, critical. */
	public record Criterion(String key, int min, int max, boolean naAllowed, boolean critical) {
	}

	public static final String COACHED_AGENT = "Kaveh Jafari";
	public static final String COACHED_CRITERION = "empathy";

	private final @Nullable Instant coachedAt;

	/** Scores with Kaveh Jafari coached at this instant (null: never). */
	public QualityScores(@Nullable Instant coachedAt) {
		this.coachedAt = coachedAt;
	}

	/** The agent's skill, 0 to 1: what share of the best point their work earns on an ordinary criterion. */
	public static double skill(String agent) {
		int index = Agents.NAMES.indexOf(agent);
		if (index < 0) {
			return 0.75;
		}
		double base = switch ((int) Math.round(Agents.badFactor(index) * 10)) {
			case 25 -> 0.56;
			case 3 -> 0.91;
			default -> 0.76;
		};
		// a little spread among the ordinary agents, the same on every start
		return base + (new SplittableRandom(index * 7919L).nextDouble() - 0.5) * 0.08;
	}

	/** The points a reviewer gives this agent's interaction of this instant; null for N/A. */
	public Map<String, @Nullable Integer> answers(String agent, Instant at, List<Criterion> criteria,
			SplittableRandom random) {
		Map<String, @Nullable Integer> answers = new LinkedHashMap<>();
		for (Criterion c : criteria) {
			answers.put(c.key(), point(c, level(agent, at, c.key()), random));
		}
		return answers;
	}

	private double level(String agent, Instant at, String criterion) {
		double skill = skill(agent);
		if (agent.equals(COACHED_AGENT) && criterion.equals(COACHED_CRITERION)) {
			boolean coached = coachedAt != null && !at.isBefore(coachedAt);
			return coached ? skill + 0.20 : skill - 0.50;
		}
		return skill;
	}

	static @Nullable Integer point(Criterion c, double level, SplittableRandom random) {
		if (c.naAllowed() && random.nextDouble() < 0.25) {
			return null;
		}
		if (c.critical()) {
			// a critical step is rarely missed, more often by the weaker agents
			return random.nextDouble() < (1 - level) * 0.12 ? c.min() : c.max();
		}
		if (c.max() - c.min() == 1) {
			return random.nextDouble() < level ? c.max() : c.min();
		}
		double drawn = Math.clamp(level + gaussian(random) * 0.2, 0, 1);
		return c.min() + (int) Math.round(drawn * (c.max() - c.min()));
	}

	private static double gaussian(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}
}
