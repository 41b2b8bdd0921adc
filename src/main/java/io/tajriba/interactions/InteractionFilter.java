package io.tajriba.interactions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which interactions to list; every criterion is optional. */
public record InteractionFilter(@Nullable UUID customerId, @Nullable String type, @Nullable String channel,
		@Nullable String touchpoint, @Nullable Instant from, @Nullable Instant to, int limit) {
}
