package io.tajriba.interactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/** One recorded interaction, as listed. {@code properties} is a JSON object's text. */
public record InteractionView(String id, @Nullable UUID customerId, String type, String channel,
		@Nullable String touchpoint, Instant occurredAt, @Nullable String agent, @Nullable String sessionId,
		@Nullable BigDecimal value, @Nullable String currency, @Nullable Integer durationSeconds,
		@Nullable String text, @JsonRawValue @Nullable String properties) {
}
