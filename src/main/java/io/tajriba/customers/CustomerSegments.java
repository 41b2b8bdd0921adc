package io.tajriba.customers;

import java.util.Optional;
import java.util.UUID;

/**
 * Which named group a customer belongs to, contributed by a module that groups customers (personas) without this
 * module knowing it; the 360 page shows it.
 */
public interface CustomerSegments {

	Optional<Segment> segmentOf(UUID workspaceId, UUID customerId);

	/** A group's name and what it means. */
	record Segment(String name, String description) {
	}
}
