package io.tajriba.interactions;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The interactions of a period summed up per type (how many, their value, their timed seconds): what behavioural
 * KPIs are made of.
 */
public record InteractionTotals(Map<String, TypeTotal> byType) {

	/** One type's interactions: count, summed value, summed duration and how many had a duration. */
	public record TypeTotal(long count, BigDecimal value, long seconds, long timed) {

		public static final TypeTotal NONE = new TypeTotal(0, BigDecimal.ZERO, 0, 0);
	}

	public InteractionTotals {
		byType = Map.copyOf(byType);
	}

	public TypeTotal of(String type) {
		return byType.getOrDefault(type, TypeTotal.NONE);
	}
}
