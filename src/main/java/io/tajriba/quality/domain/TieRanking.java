package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks that do not pretend to an order the data cannot tell: an agent's rank is one more than the number of
 * agents whose whole interval lies above theirs. Agents whose intervals overlap share a rank (a tie).
 */
public final class TieRanking {

	/** A 95% interval, low to high. */
	public record Interval(double low, double high) {
	}

	private TieRanking() {
	}

	/** The ranks (1 is best, higher values better) of the intervals, in the order given. */
	public static List<Integer> ranks(List<Interval> intervals) {
		List<Integer> ranks = new ArrayList<>(intervals.size());
		for (Interval mine : intervals) {
			int above = 0;
			for (Interval other : intervals) {
				if (other.low() > mine.high()) {
					above++;
				}
			}
			ranks.add(above + 1);
		}
		return List.copyOf(ranks);
	}
}
