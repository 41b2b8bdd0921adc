package io.tajriba.interactions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An interaction that names the agent who served it, with its channel: what a review sample draws from. */
public record ServedInteraction(String id, String agent, String channel, @Nullable UUID customerId,
		Instant occurredAt) {
}
