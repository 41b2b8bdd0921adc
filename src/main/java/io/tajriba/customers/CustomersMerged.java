package io.tajriba.customers;

import java.util.UUID;

/** Two profiles were the same person: {@code mergedId} is gone, everything of it now belongs to {@code intoId}. */
public record CustomersMerged(UUID workspaceId, UUID mergedId, UUID intoId) {
}
