package io.tajriba.employees.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks one pulse answer against its wave: eNPS required, a whole number 0 to 10; each item optional, a whole
 * number 1 to 5; the comment optional, at most 5000 characters; nothing else. The errors by field, in the order
 * met, each a code: required, range, unknown, too_long.
 */
public final class PulseAnswerCheck {

	public static final String ENPS = "enps";
	public static final String COMMENT = "comment";
	public static final int COMMENT_MAX = 5000;

	/** An answer found good: eNPS, the items answered and the comment, if any (stripped, never blank). */
	public record Checked(int enps, Map<String, Integer> items, @Nullable String comment) {
	}

	/** The outcome: the answer when there are no errors. */
	public record Outcome(@Nullable Checked answer, Map<String, String> errors) {
	}

	private PulseAnswerCheck() {
	}

	/** {@code items} are the wave's items besides eNPS; values are numbers, texts of numbers, or texts. */
	public static Outcome check(List<String> items, Map<String, ?> given) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Integer> answered = new LinkedHashMap<>();
		Integer enps = null;
		Object score = given.get(ENPS);
		if (blank(score)) {
			errors.put(ENPS, "required");
		}
		else {
			enps = whole(score, 0, 10);
			if (enps == null) {
				errors.put(ENPS, "range");
			}
		}
		for (String item : items) {
			Object value = given.get(item);
			if (!blank(value)) {
				Integer n = whole(value, 1, 5);
				if (n == null) {
					errors.put(item, "range");
				}
				else {
					answered.put(item, n);
				}
			}
		}
		String comment = null;
		Object text = given.get(COMMENT);
		if (!blank(text)) {
			comment = text.toString().strip();
			if (comment.length() > COMMENT_MAX) {
				errors.put(COMMENT, "too_long");
			}
		}
		for (String key : given.keySet()) {
			if (!key.equals(ENPS) && !key.equals(COMMENT) && !items.contains(key)) {
				errors.putIfAbsent(key, "unknown");
			}
		}
		return new Outcome(errors.isEmpty() && enps != null ? new Checked(enps, answered, comment) : null, errors);
	}

	/** The error as a sentence for the API. */
	public static String message(String field, String code) {
		return switch (code) {
			case "required" -> "is required";
			case "range" -> field.equals(ENPS) ? "must be a whole number from 0 to 10" : "must be a whole number from 1 to 5";
			case "too_long" -> "must be at most " + COMMENT_MAX + " characters";
			default -> "is not asked in this wave";
		};
	}

	private static boolean blank(@Nullable Object value) {
		return value == null || value.toString().isBlank();
	}

	private static @Nullable Integer whole(Object value, int min, int max) {
		try {
			BigDecimal n = value instanceof Number number ? new BigDecimal(number.toString())
					: new BigDecimal(value.toString().strip());
			int i = n.intValueExact();
			return i >= min && i <= max ? i : null;
		}
		catch (ArithmeticException | NumberFormatException e) {
			return null;
		}
	}
}
