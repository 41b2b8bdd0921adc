package io.tajriba.personas.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tajriba.platform.Heavy;
import io.tajriba.personas.Persona;
import io.tajriba.personas.domain.Suggestion;
import io.tajriba.personas.internal.PersonaService;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.workspaces.Workspaces;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Personas", description = "Named kinds of customer with rules, and suggestions from clustering")
@RestController
@RequestMapping("/api/v1/personas")
class PersonaApi {

	/** A persona to create or change. */
	record PersonaChange(@Nullable String name, @Nullable String description, @Nullable Map<String, String> traits,
			@Nullable Integer priority, @Nullable List<Persona.RuleCondition> rule) {

		Persona persona() {
			return new Persona(null, name == null ? "" : name, description == null ? "" : description,
					traits == null ? Map.of() : traits, priority == null ? 100 : priority,
					rule == null ? List.of() : rule, 0, java.time.Instant.EPOCH);
		}
	}

	record Accept(@Nullable Integer number, @Nullable String name, @Nullable String description) {
	}

	record Assigned(int customers) {
	}

	private final Workspaces workspaces;
	private final PersonaService personas;

	PersonaApi(Workspaces workspaces, PersonaService personas) {
		this.workspaces = workspaces;
		this.personas = personas;
	}

	@Operation(summary = "The workspace's personas by priority, with their customer counts")
	@GetMapping
	List<Persona> list() {
		return personas.list(workspaces.current().workspaceId());
	}

	@Operation(summary = "Create a persona: name, description, traits, priority (lower first) and rule, a list of "
			+ "{field, op, values} that must all hold; fields: interactions, purchases, revenue, avgOrder, support, "
			+ "daysSinceLastSeen, tenureDays, preferredChannel, channelShare.<channel>, attributes.<name>; "
			+ "op: eq, in, gte, lte, between. Customers are assigned again at once")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Persona create(@RequestBody PersonaChange change) {
		return personas.create(workspaces.current(), change.persona());
	}

	@GetMapping("/{id}")
	Persona get(@PathVariable UUID id) {
		return personas.get(workspaces.current().workspaceId(), id);
	}

	@PutMapping("/{id}")
	Persona update(@PathVariable UUID id, @RequestBody PersonaChange change) {
		return personas.update(workspaces.current(), id, change.persona());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		personas.delete(workspaces.current(), id);
	}

	@Operation(summary = "Assign every customer again (each to the first persona by priority whose rule holds)")
	@PostMapping("/assign")
	Assigned assign() {
		var access = workspaces.current();
		if (!access.role().canWrite()) {
			throw new org.springframework.security.access.AccessDeniedException("Viewers cannot assign personas");
		}
		return new Assigned(personas.assign(access.workspaceId()));
	}

	@Operation(summary = "Persona suggestions: groups of customers that behave alike (k-means, k chosen by "
			+ "silhouette), with their size, distinguishing features and a proposed rule; none below 30 customers")
	@Heavy
	@GetMapping("/suggestions")
	List<Suggestion> suggestions() {
		return personas.suggestions(workspaces.current().workspaceId());
	}

	@Operation(summary = "Accept a suggestion as a persona under a name")
	@PostMapping("/suggestions/accept")
	@ResponseStatus(HttpStatus.CREATED)
	Persona accept(@RequestBody Accept accept) {
		if (accept.number() == null) {
			throw new InvalidFieldException("number", "is required");
		}
		return personas.accept(workspaces.current(), accept.number(), accept.name() == null ? "" : accept.name(),
				accept.description() == null ? "" : accept.description());
	}
}
