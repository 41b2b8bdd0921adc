package io.tajriba.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What newly recorded interactions tell about a customer: when, how many, the revenue they brought and how many
 * of them were purchases.
 */
public record CustomerActivity(UUID customerId, Instant firstAt, Instant lastAt, long interactions,
		BigDecimal revenue, long purchases) {
}
