package io.tajriba.personas;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.personas.internal.PersonaService;
import org.springframework.stereotype.Service;

/** Personas for other modules: a customer's persona, and a workspace's personas with their customer counts. */
@Service
public class Personas {

	private final PersonaService service;

	Personas(PersonaService service) {
		this.service = service;
	}

	public Optional<Persona> personaOf(UUID workspaceId, UUID customerId) {
		return service.personaOf(workspaceId, customerId);
	}

	public List<Persona> list(UUID workspaceId) {
		return service.list(workspaceId);
	}

	/** The customers a persona has now, for metrics broken down by persona. */
	public java.util.Set<UUID> members(UUID workspaceId, UUID personaId) {
		return service.members(workspaceId, personaId);
	}

	/** Creates a persona unless one of that name exists, on the system's behalf; answers it. */
	public Persona ensure(UUID workspaceId, Persona persona) {
		return service.list(workspaceId).stream().filter(p -> p.name().equalsIgnoreCase(persona.name())).findFirst()
			.orElseGet(() -> service.createIn(workspaceId, persona));
	}

	/** Assigns every customer of the workspace again (after a data load, say); answers how many have a persona. */
	public int assign(UUID workspaceId) {
		return service.assign(workspaceId);
	}
}
