package io.tajriba.interactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What one customer did, summed over all their interactions: counts, purchases and net revenue, support contacts,
 * first and last contact, and interactions per channel.
 */
public record CustomerBehaviour(UUID customerId, long interactions, long purchases, BigDecimal revenue,
		long supportContacts, Instant firstAt, Instant lastAt, Map<String, Long> byChannel) {

	public CustomerBehaviour {
		byChannel = Map.copyOf(byChannel);
	}
}
