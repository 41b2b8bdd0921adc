package io.tajriba.personas.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tajriba.personas.Persona;
import io.tajriba.personas.Persona.RuleCondition;
import io.tajriba.personas.domain.Clustering;
import io.tajriba.personas.domain.CustomerFeatures;
import io.tajriba.personas.domain.PersonaCondition;
import io.tajriba.personas.domain.PersonaRule;
import io.tajriba.personas.domain.Suggestion;
import io.tajriba.platform.InvalidFieldException;
import io.tajriba.platform.NotFoundException;
import io.tajriba.workspaces.Access;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personas of a workspace: kept with their rules, customers assigned again after every change (each to the first
 * persona by priority whose rule holds), and suggestions from clustering that a person accepts and names.
 */
@Service
public class PersonaService {

	static final List<String> BEHAVIOUR = List.of("interactions", "purchases", "avgOrder", "support",
			"daysSinceLastSeen");
	static final long SEED = 7L;
	/** At most this many customers, a uniform sample, are clustered: enough for stable groups, bounded memory. */
	static final int CLUSTERED = 20_000;

	private final PersonaStore store;
	private final FeatureReader features;
	private final Clock clock;

	PersonaService(PersonaStore store, FeatureReader features, Clock clock) {
		this.store = store;
		this.features = features;
		this.clock = clock;
	}

	public List<Persona> list(UUID workspaceId) {
		return store.list(workspaceId);
	}

	public Persona get(UUID workspaceId, UUID id) {
		return store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("Persona"));
	}

	public Optional<Persona> personaOf(UUID workspaceId, UUID customerId) {
		return store.personaOf(workspaceId, customerId).flatMap(id -> store.find(workspaceId, id));
	}

	@Transactional
	public Persona create(Access access, Persona persona) {
		writer(access);
		return createIn(access.workspaceId(), persona);
	}

	/** Creates a persona on the system's behalf (the demo company); customers are assigned again. */
	@Transactional
	public Persona createIn(UUID workspaceId, Persona persona) {
		Persona checked = checked(workspaceId, persona, new UUID(0, 0));
		UUID id = store.insert(workspaceId, checked, clock.instant());
		assign(workspaceId);
		return get(workspaceId, id);
	}

	@Transactional
	public Persona update(Access access, UUID id, Persona persona) {
		writer(access);
		get(access.workspaceId(), id);
		store.update(access.workspaceId(), id, checked(access.workspaceId(), persona, id), clock.instant());
		assign(access.workspaceId());
		return get(access.workspaceId(), id);
	}

	@Transactional
	public void delete(Access access, UUID id) {
		writer(access);
		if (!store.delete(access.workspaceId(), id)) {
			throw new NotFoundException("Persona");
		}
		assign(access.workspaceId());
	}

	/** Assigns every customer again; answers how many have a persona. */
	@Transactional
	public int assign(UUID workspaceId) {
		List<Persona> personas = store.list(workspaceId);
		List<PersonaRule> rules = personas.stream().map(p -> rule(p.rule())).toList();
		List<UUID> customers = new ArrayList<>();
		List<UUID> chosen = new ArrayList<>();
		for (CustomerFeatures customer : features.read(workspaceId)) {
			for (int i = 0; i < rules.size(); i++) {
				if (rules.get(i).matches(customer)) {
					customers.add(customer.customerId());
					chosen.add(personas.get(i).id());
					break;
				}
			}
		}
		store.assign(workspaceId, customers, chosen, clock.instant());
		return customers.size();
	}

	public List<Suggestion> suggestions(UUID workspaceId) {
		List<CustomerFeatures> all = features.sample(workspaceId, CLUSTERED, SEED).stream()
			.filter(c -> c.numbers().containsKey("interactions")).toList();
		List<String> features = new ArrayList<>(BEHAVIOUR);
		features.addAll(FeatureReader.topChannels(all, 6));
		return new Clustering(features, SEED).suggest(all);
	}

	@Transactional
	public Persona accept(Access access, int number, String name, String description) {
		Suggestion suggestion = suggestions(access.workspaceId()).stream().filter(s -> s.number() == number)
			.findFirst().orElseThrow(() -> new InvalidFieldException("number", "is not one of the current suggestions"));
		Map<String, String> traits = new LinkedHashMap<>();
		suggestion.means().entrySet().stream().filter(e -> e.getKey().startsWith("channelShare."))
			.max(Map.Entry.comparingByValue())
			.ifPresent(e -> traits.put("preferredChannel", e.getKey().substring("channelShare.".length())));
		List<RuleCondition> rule = suggestion.rule().conditions().stream()
			.map(c -> new RuleCondition(c.field(), c.op(), c.values())).toList();
		return create(access, new Persona(null, name, description, traits, 100 + number, rule, 0, clock.instant()));
	}

	private Persona checked(UUID workspaceId, Persona p, UUID id) {
		if (p.name() == null || p.name().isBlank() || p.name().length() > 100) {
			throw new InvalidFieldException("name", "must have 1 to 100 characters");
		}
		if (store.nameTaken(workspaceId, p.name().strip(), id)) {
			throw new InvalidFieldException("name", "is already the name of another persona");
		}
		String description = p.description() == null ? "" : p.description().strip();
		if (description.length() > 2_000) {
			throw new InvalidFieldException("description", "must have at most 2000 characters");
		}
		Map<String, String> traits = p.traits() == null ? Map.of() : p.traits();
		if (traits.size() > 30 || traits.entrySet().stream().anyMatch(e -> e.getKey().length() > 60
				|| e.getValue() == null || e.getValue().length() > 200)) {
			throw new InvalidFieldException("traits", "at most 30 traits, names up to 60 and values up to 200 characters");
		}
		if (p.priority() < 0 || p.priority() > 10_000) {
			throw new InvalidFieldException("priority", "must be between 0 and 10000");
		}
		List<RuleCondition> rule = p.rule() == null ? List.of() : p.rule();
		rule(rule);
		return new Persona(p.id(), p.name().strip(), description, traits, p.priority(), rule, 0, clock.instant());
	}

	private static PersonaRule rule(List<RuleCondition> conditions) {
		return new PersonaRule(conditions.stream().map(c -> new PersonaCondition(c.field(), c.op(), c.values()))
			.toList());
	}

	private static void writer(Access access) {
		if (!access.role().canWrite()) {
			throw new AccessDeniedException("Viewers cannot change personas");
		}
	}

	public java.util.Set<java.util.UUID> members(java.util.UUID workspaceId, java.util.UUID personaId) {
		return store.members(workspaceId, personaId);
	}
}
