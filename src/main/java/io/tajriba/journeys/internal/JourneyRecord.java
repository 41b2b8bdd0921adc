package io.tajriba.journeys.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.journeys.domain.JourneyMap;
import org.jspecify.annotations.Nullable;

/** A stored journey map: its id, the persona it is drawn for (none: every customer), the map and its last change. */
public record JourneyRecord(UUID id, @Nullable UUID personaId, JourneyMap map, Instant updatedAt) {
}
