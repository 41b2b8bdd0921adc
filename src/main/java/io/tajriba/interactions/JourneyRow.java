package io.tajriba.interactions;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One interaction as journey analysis reads it: who, when, what, where, the stage it names
 * ({@code properties.stage}), its outcome ({@code properties.outcome}, e.g. {@code bad} or {@code good}), whether it
 * carries free text, and its value.
 */
public record JourneyRow(UUID customerId, long epochSecond, String type, String channel, @Nullable String touchpoint,
		@Nullable String stage, @Nullable String outcome, boolean hasText, @Nullable BigDecimal value) {

	/** Whether the customer had a bad experience here, as recorded with the interaction. */
	public boolean bad() {
		return "bad".equals(outcome);
	}
}
