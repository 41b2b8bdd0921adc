package io.tajriba.customers;

import java.time.Instant;
import java.util.UUID;

/** A customer answered an NPS question: the score (0-10) and when. */
public record NpsAnswer(UUID customerId, int score, Instant answeredAt) {
}
