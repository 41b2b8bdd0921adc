package io.tajriba.personas.domain;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What rules and clustering know of a customer: numbers (interactions, purchases, revenue, avgOrder, support,
 * daysSinceLastSeen, tenureDays, channelShare.web, ..., numeric attributes.x) and texts (preferredChannel,
 * attributes.x).
 */
public record CustomerFeatures(UUID customerId, Map<String, Double> numbers, Map<String, String> texts) {

	public CustomerFeatures {
		numbers = Map.copyOf(numbers);
		texts = Map.copyOf(texts);
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
