package io.tajriba.employees.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a set of sibling groups are hidden, so that no group of fewer than k answers is shown, nor can be found
 * by subtracting the shown siblings from their parent.
 * <p>
 * A group with fewer than k answers is hidden. If the parent is shown, its figure minus the shown children is the
 * hidden children's together: so while exactly one child is hidden, or the hidden ones hold fewer than k answers
 * together, the smallest shown sibling (fewest answers, ties by name) is hidden too, until at least two are hidden
 * with k or more answers between them, or all are. If the parent is hidden, all its children are.
 */
public final class Suppression {

	private Suppression() {
	}

	/** The names of the hidden siblings among these (name → answers). */
	public static Set<String> hidden(Map<String, Long> sizes, int k, boolean parentShown) {
		return hidden(sizes, k, parentShown, Set.of());
	}

	/**
	 * The same, with the {@code forced} siblings hidden whatever their size (for a reason found elsewhere), and their
	 * complement hidden with them by the same rule.
	 */
	public static Set<String> hidden(Map<String, Long> sizes, int k, boolean parentShown, Set<String> forced) {
		if (k < 1) {
			throw new IllegalArgumentException("the threshold must be positive, was " + k);
		}
		if (!parentShown) {
			return Set.copyOf(sizes.keySet());
		}
		Set<String> hidden = new HashSet<>();
		sizes.forEach((name, n) -> {
			if (n < k || forced.contains(name)) {
				hidden.add(name);
			}
		});
		List<String> shown = sizes.keySet().stream()
			.filter(name -> !hidden.contains(name))
			.sorted(Comparator.comparing((String name) -> sizes.get(name)).thenComparing(Comparator.naturalOrder()))
			.toList();
		int next = 0;
		while (!hidden.isEmpty() && next < shown.size()
				&& (hidden.size() == 1 || sum(hidden, sizes) < k)) {
			hidden.add(shown.get(next++));
		}
		return Set.copyOf(hidden);
	}

	private static long sum(Set<String> names, Map<String, Long> sizes) {
		return names.stream().mapToLong(sizes::get).sum();
	}
}
