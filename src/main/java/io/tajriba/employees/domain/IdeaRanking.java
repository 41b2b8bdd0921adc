package io.tajriba.employees.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/**
 * The order of the idea box: by votes (the default; then evidence, then the older first), or by evidence (then
 * votes, then the older first), so that an idea addressing a clear pain rises even before colleagues have noticed
 * it.
 */
public final class IdeaRanking {

	public enum Sort {
		VOTES, EVIDENCE, NEWEST;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Sort parse(@org.jspecify.annotations.Nullable String value) {
			if (value == null || value.isBlank()) {
				return VOTES;
			}
			for (Sort sort : values()) {
				if (sort.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
					return sort;
				}
			}
			throw new InvalidFieldException("sort", "must be votes, evidence or newest");
		}
	}

	/** What the ranking needs of an idea. */
	public interface Ranked {
		int number();

		int votes();

		IdeaEvidence evidence();
	}

	private IdeaRanking() {
	}

	public static <T extends Ranked> List<T> sort(List<T> ideas, Sort sort) {
		Comparator<T> votes = Comparator.comparingInt(T::votes).reversed();
		Comparator<T> evidence = Comparator.comparingDouble((T i) -> i.evidence().score()).reversed();
		Comparator<T> older = Comparator.comparingInt(T::number);
		Comparator<T> order = switch (sort) {
			case VOTES -> votes.thenComparing(evidence).thenComparing(older);
			case EVIDENCE -> evidence.thenComparing(votes).thenComparing(older);
			case NEWEST -> older.reversed();
		};
		return ideas.stream().sorted(order).toList();
	}
}
