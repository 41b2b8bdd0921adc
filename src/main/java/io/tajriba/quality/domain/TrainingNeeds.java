package io.tajriba.quality.domain;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Whether an agent is below their team beyond chance, so that a training need rests on a test and not on a raw
 * gap: one-sided tests at the 5% level against the rest of the team.
 */
public final class TrainingNeeds {

	public static final double LEVEL = 0.05;

	/** A test's verdict: the gap (agent minus the rest), its one-sided p-value, and whether it is a need. */
	public record Verdict(double gap, double pValue, boolean need) {
	}

	private TrainingNeeds() {
	}

	/**
	 * A criterion's scores (0 to 1) of the agent's reviews against those of the rest of the team: Welch's t-test,
	 * one-sided (the agent lower). Fewer than two scores on either side: no verdict of need.
	 */
	public static Verdict criterion(double[] agent, double[] rest) {
		if (agent.length < 2 || rest.length < 2) {
			return new Verdict(agent.length == 0 || rest.length == 0 ? 0 : StatUtils.mean(agent) - StatUtils.mean(rest),
					1, false);
		}
		double gap = StatUtils.mean(agent) - StatUtils.mean(rest);
		if (StatUtils.variance(agent) == 0 && StatUtils.variance(rest) == 0) {
			return new Verdict(gap, gap < 0 ? 0 : 1, gap < 0);
		}
		double twoSided = new TTest().tTest(agent, rest);
		double p = gap < 0 ? twoSided / 2 : 1 - twoSided / 2;
		return new Verdict(gap, p, p < LEVEL);
	}

	/**
	 * How often the agent's customers mention something bad (a negative theme) against the rest of the team's:
	 * Fisher's exact test, one-sided (the agent's share higher). The gap is in shares.
	 */
	public static Verdict share(long agentHits, long agentN, long restHits, long restN) {
		if (agentN == 0 || restN == 0) {
			return new Verdict(0, 1, false);
		}
		double gap = (double) agentHits / agentN - (double) restHits / restN;
		int population = Math.toIntExact(agentN + restN);
		int hits = Math.toIntExact(agentHits + restHits);
		var distribution = new HypergeometricDistribution(null, population, hits, Math.toIntExact(agentN));
		double p = distribution.upperCumulativeProbability(Math.toIntExact(agentHits));
		return new Verdict(gap, p, p < LEVEL);
	}
}
