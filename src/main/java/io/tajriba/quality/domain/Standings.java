package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where each agent stands on one figure: their figure shrunk towards their team's (empirical Bayes, within each
 * team; agents without a team form one group) and their tie-aware rank among all agents of the workspace. The rank
 * counts the agents whose whole raw 95% interval lies on the better side of theirs, so agents whose intervals overlap
 * share a rank; the shrunk figure orders the agents within a rank. Agents without answers get neither.
 */
public final class Standings {

	/** One agent's figure and the group (team) it is shrunk towards; null for no team. */
	public record Entry(@Nullable String group, Figure figure) {
	}

	/** The shrunk figure and the rank (1 is best), both null without answers. */
	public record Standing(@Nullable Double shrunk, @Nullable Integer rank) {
	}

	private Standings() {
	}

	public static List<Standing> of(List<Entry> entries, boolean higherIsBetter) {
		Double[] shrunk = new Double[entries.size()];
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).figure().n() > 0) {
				groups.computeIfAbsent(String.valueOf(entries.get(i).group()), g -> new ArrayList<>()).add(i);
			}
		}
		List<Integer> answered = new ArrayList<>();
		List<TieRanking.Interval> intervals = new ArrayList<>();
		for (List<Integer> members : groups.values()) {
			List<Shrinkage.Estimate> estimates = members.stream()
				.map(i -> new Shrinkage.Estimate(entries.get(i).figure().value(), entries.get(i).figure().variance()))
				.toList();
			List<Double> values = Shrinkage.of(estimates).shrunk();
			for (int k = 0; k < members.size(); k++) {
				int i = members.get(k);
				shrunk[i] = values.get(k);
				Figure f = entries.get(i).figure();
				answered.add(i);
				intervals.add(higherIsBetter ? f.interval() : new TieRanking.Interval(-f.high(), -f.low()));
			}
		}
		List<Integer> ranks = TieRanking.ranks(intervals);
		Integer[] rankOf = new Integer[entries.size()];
		for (int k = 0; k < answered.size(); k++) {
			rankOf[answered.get(k)] = ranks.get(k);
		}
		List<Standing> standings = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			standings.add(new Standing(shrunk[i], rankOf[i]));
		}
		return List.copyOf(standings);
	}
}
