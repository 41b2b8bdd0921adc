package io.tajriba.surveys.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Skip logic: show a question only if an earlier answer matches, e.g. the open question "what went wrong?" only
 * for NPS 0 to 6 ({@code min} 0, {@code max} 6) or only for the choice "store" ({@code anyOf} ["store"]).
 */
public record Condition(String question, List<String> anyOf, @Nullable Integer min, @Nullable Integer max) {

	public Condition {
		anyOf = List.copyOf(anyOf);
	}

	public static Condition between(String question, int min, int max) {
		return new Condition(question, List.of(), min, max);
	}

	public static Condition anyOf(String question, String... keys) {
		return new Condition(question, List.of(keys), null, null);
	}

	boolean holds(@Nullable Answer answer) {
		if (answer == null || answer.isEmpty()) {
			return false;
		}
		if (answer.number() != null) {
			int n = answer.number();
			boolean inRange = (min != null || max != null) && (min == null || n >= min) && (max == null || n <= max);
			return inRange || anyOf.contains(String.valueOf(n));
		}
		if (!answer.choices().isEmpty()) {
			return answer.choices().stream().anyMatch(anyOf::contains);
		}
		return anyOf.isEmpty() && min == null && max == null;
	}
}
