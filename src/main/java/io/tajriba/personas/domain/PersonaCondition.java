package io.tajriba.personas.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;

/**
 * One condition of a persona rule: a field, an operator ({@code eq}, {@code in}, {@code gte}, {@code lte},
 * {@code between}) and its values, e.g. {@code channelShare.app gte 0.5}, {@code attributes.city in Tehran, Shiraz},
 * or on what the customer answered: {@code nps lte 6} (their latest NPS answer; {@code csat} and {@code ces} alike),
 * {@code emotion in frustrated, angry} (an emotion they picked in their latest response that picked any).
 */
public record PersonaCondition(String field, String op, List<String> values) {

	static final String EMOTION = "emotion";

	static final Pattern FIELD = Pattern.compile(
			"^(interactions|purchases|revenue|avgOrder|support|daysSinceLastSeen|tenureDays|preferredChannel|nps|csat|ces"
					+ "|emotion"
					+ "|channelShare\\.[a-z][a-z0-9_]{0,39}|attributes\\.[\\p{L}\\p{N}_ -]{1,60})$");

	public PersonaCondition {
		if (field == null || !FIELD.matcher(field).matches()) {
			throw new InvalidFieldException("rule.field", "must be interactions, purchases, revenue, avgOrder, support, "
					+ "daysSinceLastSeen, tenureDays, preferredChannel, nps, csat, ces, emotion, channelShare.<channel> or "
					+ "attributes.<name>");
		}
		op = op == null ? "" : op.strip().toLowerCase(Locale.ROOT);
		values = values == null ? List.of() : values.stream().map(String::strip).toList();
		int needed = switch (op) {
			case "eq", "gte", "lte" -> 1;
			case "between" -> 2;
			case "in" -> -1;
			default -> throw new InvalidFieldException("rule.op", "must be eq, in, gte, lte or between");
		};
		if (needed > 0 && values.size() != needed || values.isEmpty()) {
			throw new InvalidFieldException("rule.values", "'" + op + "' takes " + (needed > 0 ? needed : "one or more")
					+ " value" + (needed == 1 ? "" : "s"));
		}
		if (field.equals(EMOTION) && !op.equals("eq") && !op.equals("in")) {
			throw new InvalidFieldException("rule.op", "emotion takes eq or in: the emotions picked are words");
		}
		if (!op.equals("eq") && !op.equals("in")) {
			for (String value : values) {
				number(value);
			}
		}
	}

	public boolean holds(CustomerFeatures customer) {
		if (field.equals(EMOTION)) {
			return customer.set(field).stream().anyMatch(picked -> values.stream().anyMatch(picked::equalsIgnoreCase));
		}
		return switch (op) {
			case "eq" -> values.getFirst().equalsIgnoreCase(String.valueOf(customer.text(field)));
			case "in" -> values.stream().anyMatch(v -> v.equalsIgnoreCase(String.valueOf(customer.text(field))));
			default -> {
				Double n = customer.number(field);
				yield n != null && switch (op) {
					case "gte" -> n >= number(values.getFirst());
					case "lte" -> n <= number(values.getFirst());
					default -> n >= number(values.get(0)) && n <= number(values.get(1));
				};
			}
		};
	}

	private static double number(String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("rule.values", "'" + value + "' is not a number");
		}
	}

	@Override
	public String toString() {
		return field + " " + op + " " + String.join(", ", values);
	}
}
