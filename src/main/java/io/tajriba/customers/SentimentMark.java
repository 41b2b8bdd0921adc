package io.tajriba.customers;

import java.time.Instant;
import java.util.UUID;

/** The sentiment of a customer's latest text: -1 negative, 0 neutral, 1 positive, and when it was written. */
public record SentimentMark(UUID customerId, int polarity, Instant writtenAt) {
}
