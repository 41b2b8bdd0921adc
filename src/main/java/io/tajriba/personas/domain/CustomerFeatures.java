package io.tajriba.personas.domain;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What rules and clustering know of a customer: numbers (interactions, purchases, revenue, avgOrder, support,
 * daysSinceLastSeen, tenureDays, channelShare.web, ..., numeric attributes.x, and their latest nps, csat and ces
 * answers), texts (preferredChannel, attributes.x) and sets (emotion: those picked in their latest response that
 * picked any).
 */
public record CustomerFeatures(UUID customerId, Map<String, Double> numbers, Map<String, String> texts,
		Map<String, Set<String>> sets) {

	public CustomerFeatures {
		numbers = Map.copyOf(numbers);
		texts = Map.copyOf(texts);
		sets = Map.copyOf(sets);
	}

	public CustomerFeatures(UUID customerId, Map<String, Double> numbers, Map<String, String> texts) {
		this(customerId, numbers, texts, Map.of());
	}

	/** The values of a set field, empty when the customer has none. */
	public Set<String> set(String field) {
		return sets.getOrDefault(field, Set.of());
	}

	public @Nullable Double number(String field) {
		Double value = numbers.get(field);
		if (value == null && field.startsWith("channelShare.")) {
			return 0.0;
		}
		return value;
	}

	public @Nullable String text(String field) {
		String text = texts.get(field);
		if (text == null && numbers.containsKey(field)) {
			double n = numbers.get(field);
			return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
		}
		return text;
	}
}
