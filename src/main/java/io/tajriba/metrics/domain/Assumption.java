package io.tajriba.metrics.domain;

import java.util.List;

/**
 * One assumption behind a figure, to be written in the reader's language: a message key and its arguments (numbers,
 * or {@link GroupName}s to be named in that language too).
 */
public record Assumption(String key, List<Object> args) {

	public Assumption {
		args = List.copyOf(args);
	}

	public static Assumption of(String key, Object... args) {
		return new Assumption(key, List.of(args));
	}

	/** A tier of a grouping, named in the reader's language ("detractors", "negative customers"). */
	public record GroupName(Grouping grouping, Tier tier) {

		/** Its message key: {@code roi.group.loyalty.bottom}. */
		public String key() {
			return "roi.group." + grouping.name().toLowerCase() + "." + tier.name().toLowerCase();
		}
	}
}
