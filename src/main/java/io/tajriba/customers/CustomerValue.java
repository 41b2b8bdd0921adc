package io.tajriba.customers;

import java.math.BigDecimal;
import java.util.UUID;

/** What a customer is worth to the company so far: revenue, number of purchases, and whether they have left. */
public record CustomerValue(UUID customerId, BigDecimal revenue, long purchases, boolean churned) {
}
