package io.tajriba.personas.internal;

import java.util.Optional;
import java.util.UUID;

import io.tajriba.customers.CustomerSegments;
import org.springframework.stereotype.Component;

/** Tells the customer pages which persona a customer has. */
@Component
class PersonaSegments implements CustomerSegments {

	private final PersonaService personas;

	PersonaSegments(PersonaService personas) {
		this.personas = personas;
	}

	@Override
	public Optional<Segment> segmentOf(UUID workspaceId, UUID customerId) {
		return personas.personaOf(workspaceId, customerId).map(p -> new Segment(p.name(), p.description()));
	}
}
