package io.tajriba.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What newly recorded interactions tell about a customer: when, how many, and the revenue they brought. */
public record CustomerActivity(UUID customerId, Instant firstAt, Instant lastAt, long interactions,
		BigDecimal revenue) {
}
