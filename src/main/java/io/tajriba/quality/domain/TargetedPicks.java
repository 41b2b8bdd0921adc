package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interactions picked for review because something points at them, kept apart from the random sample: at most
 * {@code most} per agent and week, none of those already picked at random. The reasons take turns (a detractor, then
 * a case, then a negative text, then a detractor again...), so that one loud week of negative texts does not crowd
 * out the customer who answered with a 2; within a reason the candidates come in a seeded random order. A pick
 * keeps the reason of the turn that picked it.
 */
public final class TargetedPicks {

	/** Why an interaction is looked at, in the order the reasons take turns. */
	public enum Reason {
		DETRACTOR("detractor"), CASE("case"), NEGATIVE_TEXT("negative_text");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}
	}

	public record Pick(String item, Reason reason) {
	}

	private TargetedPicks() {
	}

	/** Picks from the candidates of each reason, leaving out {@code excluded}, at most {@code most}. */
	public static List<Pick> choose(Map<Reason, ? extends Collection<String>> candidates, Set<String> excluded,
			int most, long seed) {
		if (most < 0) {
			throw new IllegalArgumentException("most must not be negative");
		}
		Random random = new Random(seed);
		List<List<String>> queues = new ArrayList<>();
		for (Reason reason : Reason.values()) {
			Collection<String> given = candidates.get(reason);
			List<String> queue = new ArrayList<>(given == null ? new TreeSet<String>() : new TreeSet<>(given));
			Collections.shuffle(queue, random);
			queues.add(queue);
		}
		Set<String> taken = new HashSet<>(excluded);
		List<Pick> picks = new ArrayList<>();
		int[] next = new int[queues.size()];
		boolean any = true;
		while (picks.size() < most && any) {
			any = false;
			for (int r = 0; r < queues.size() && picks.size() < most; r++) {
				List<String> queue = queues.get(r);
				while (next[r] < queue.size() && taken.contains(queue.get(next[r]))) {
					next[r]++;
				}
				if (next[r] < queue.size()) {
					String item = queue.get(next[r]++);
					taken.add(item);
					picks.add(new Pick(item, Reason.values()[r]));
					any = true;
				}
			}
		}
		return List.copyOf(picks);
	}
}
