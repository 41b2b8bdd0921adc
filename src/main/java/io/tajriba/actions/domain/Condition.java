package io.tajriba.actions.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * One test of a rule: a field of the signal, an operator and its values, from a fixed catalogue per trigger (never
 * an expression that gets evaluated). Checked when made: a wrong field, operator or value names itself.
 */
public record Condition(String field, String op, List<String> values, @Nullable String question) {

	private static final Set<String> COMPARE = Set.of("lt", "lte", "eq", "gte", "gt");
	private static final Set<String> CHOOSE = Set.of("eq", "in");
	private static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");
	/** The scales of the ratings a response condition reads. */
	private static final Map<String, int[]> SCALES = Map.of("nps", new int[] { 0, 10 }, "csat", new int[] { 1, 5 },
			"ces", new int[] { 1, 7 });

	/** The fields each trigger offers, as the editor lists them. */
	public static final Map<TriggerKind, List<String>> FIELDS = Map.of(
			TriggerKind.RESPONSE, List.of("nps", "csat", "ces", "answer", "emotion"),
			TriggerKind.TEXT, List.of("sentiment", "score", "emotion", "theme"),
			TriggerKind.INTERACTION, List.of("type", "outcome", "value"),
			TriggerKind.METRIC, List.of());

	public Condition {
		values = List.copyOf(values);
	}

	/** A condition of a rule of this trigger, the {@code index}-th of its list; fields are named for the API. */
	public static Condition of(TriggerKind trigger, int index, @Nullable String field, @Nullable String op,
			@Nullable List<String> values, @Nullable String question) {
		String at = "conditions[" + index + "]";
		String f = field == null ? "" : field.strip().toLowerCase(Locale.ROOT);
		if (!FIELDS.get(trigger).contains(f)) {
			throw new InvalidFieldException(at + ".field", FIELDS.get(trigger).isEmpty()
					? "a metric rule has no conditions, only its metric" : "must be one of "
							+ String.join(", ", FIELDS.get(trigger)) + " for a " + trigger.id() + " rule");
		}
		String o = op == null ? "" : op.strip().toLowerCase(Locale.ROOT);
		List<String> v = values == null ? List.of()
				: values.stream().map(s -> s == null ? "" : s.strip()).filter(s -> !s.isEmpty()).toList();
		boolean numeric = SCALES.containsKey(f) || f.equals("score") || f.equals("value");
		Set<String> ops = numeric ? COMPARE : f.equals("sentiment") || f.equals("type") || f.equals("outcome")
				|| f.equals("answer") ? CHOOSE : Set.of("in");
		if (!ops.contains(o)) {
			throw new InvalidFieldException(at + ".op", "must be one of " + String.join(", ", ops.stream().sorted().toList())
					+ " for " + f);
		}
		if (v.isEmpty() || v.size() > 50 || v.stream().anyMatch(s -> s.length() > 200)
				|| (numeric || o.equals("eq")) && v.size() != 1) {
			throw new InvalidFieldException(at + ".value", numeric || o.equals("eq") ? "must be one value"
					: "must be 1 to 50 values of at most 200 characters");
		}
		if (numeric) {
			checkNumber(at + ".value", f, v.getFirst());
		}
		if (f.equals("sentiment") && !SENTIMENTS.containsAll(v)) {
			throw new InvalidFieldException(at + ".value", "must be negative, neutral or positive");
		}
		String q = question == null || question.isBlank() ? null : question.strip();
		if (f.equals("answer") && (q == null || q.length() > 100)) {
			throw new InvalidFieldException(at + ".question", "is required: the key of the question answered");
		}
		List<String> kept = f.equals("emotion") || f.equals("type") || f.equals("outcome") || f.equals("sentiment")
				? v.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList() : v;
		return new Condition(f, o, kept, f.equals("answer") ? q : null);
	}

	private static void checkNumber(String at, String field, String text) {
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(at, "must be a number");
		}
		int[] scale = SCALES.get(field);
		if (scale != null && (number.compareTo(BigDecimal.valueOf(scale[0])) < 0
				|| number.compareTo(BigDecimal.valueOf(scale[1])) > 0)) {
			throw new InvalidFieldException(at, "must be between " + scale[0] + " and " + scale[1] + " for " + field);
		}
		if (field.equals("score") && number.abs().compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidFieldException(at, "must be between -1 and 1 (negative to positive)");
		}
	}

	/** Whether the signal meets this condition; a field the signal lacks never matches. */
	public boolean holds(Signal signal) {
		return switch (field) {
			case "nps", "csat", "ces" -> {
				Integer score = signal.scores().get(field);
				yield score != null && compare(BigDecimal.valueOf(score));
			}
			case "score" -> signal.sentimentScore() != null && compare(BigDecimal.valueOf(signal.sentimentScore()));
			case "value" -> signal.value() != null && compare(signal.value());
			case "answer" -> signal.answers().getOrDefault(question, List.of()).stream().anyMatch(values::contains);
			case "emotion" -> signal.emotions().stream().anyMatch(values::contains);
			case "theme" -> signal.themes().stream().anyMatch(values::contains);
			case "sentiment" -> signal.sentiment() != null && values.contains(signal.sentiment());
			case "type" -> signal.type() != null && values.contains(signal.type());
			case "outcome" -> signal.outcome() != null && values.contains(signal.outcome().toLowerCase(Locale.ROOT));
			default -> false;
		};
	}

	private boolean compare(BigDecimal actual) {
		int c = actual.compareTo(new BigDecimal(values.getFirst()));
		return switch (op) {
			case "lt" -> c < 0;
			case "lte" -> c <= 0;
			case "eq" -> c == 0;
			case "gte" -> c >= 0;
			case "gt" -> c > 0;
			default -> false;
		};
	}
}
