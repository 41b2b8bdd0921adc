package io.tajriba.interactions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Told of every newly stored interaction, in the transaction that stores it, so that what it does (schedule a
 * survey invitation, say) commits or rolls back with the interactions. Must be quick when it has nothing to do.
 */
public interface InteractionObserver {

	void recorded(UUID workspaceId, List<Recorded> interactions);

	/** A stored interaction as observers see it. */
	record Recorded(String eventId, @Nullable UUID customerId, String type, String channel, @Nullable String touchpoint,
			@Nullable String agent, Instant occurredAt) {
	}
}
