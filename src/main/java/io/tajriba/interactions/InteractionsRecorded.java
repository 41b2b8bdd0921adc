package io.tajriba.interactions;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A batch of interactions was committed: {@code count} new ones (duplicates excluded) of these types, that
 * occurred between {@code from} and {@code to}, all stored at {@code receivedAt}. Alert rules listen, and read the
 * batch's interactions back with {@link Interactions#recorded}.
 */
public record InteractionsRecorded(UUID workspaceId, int count, Instant from, Instant to, Set<String> types,
		Instant receivedAt) {
}
