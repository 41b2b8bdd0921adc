package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.stat.StatUtils;

/**
 * The agents a coached agent is compared with: of the agents not coached in the measured window, those whose
 * baseline (their mean before the session) lies within the coached agent's baseline plus or minus one standard
 * deviation of all the agents' baselines, so that the comparison starts from where the coached agent started.
 */
public final class CoachingComparison {

	/** Below this many agents of similar baseline the effect is measured before and after only. */
	public static final int MINIMUM = 2;

	private CoachingComparison() {
	}

	/**
	 * @param coached the coached agent, whose baseline must be among {@code baselines}
	 * @param baselines every agent's baseline on the measure, the coached one's included (agents without one left out)
	 * @param eligible the agents that may be compared with: active and not coached in the window
	 * @return the eligible agents of similar baseline, in the order of {@code baselines}; none below two baselines
	 */
	public static <K> List<K> similar(K coached, Map<K, Double> baselines, Set<K> eligible) {
		Double own = baselines.get(coached);
		if (own == null || baselines.size() < 2) {
			return List.of();
		}
		double[] all = baselines.values().stream().mapToDouble(Double::doubleValue).toArray();
		double spread = Math.sqrt(StatUtils.variance(all));
		List<K> similar = new ArrayList<>();
		baselines.forEach((agent, baseline) -> {
			if (!agent.equals(coached) && eligible.contains(agent) && Math.abs(baseline - own) <= spread + 1e-12) {
				similar.add(agent);
			}
		});
		return List.copyOf(similar);
	}
}
