package io.tajriba.surveys;

import java.util.UUID;

/** A survey of a workspace by its name; {@code status} is {@code draft}, {@code published} or {@code closed}. */
public record SurveySummary(UUID id, String name, String status) {
}
