package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** A change to a launched initiative's measurement: when, by whom, why, and each field's {from, to}. */
public record Amendment(UUID id, Instant at, String by, String reason, JsonNode changes) {
}
