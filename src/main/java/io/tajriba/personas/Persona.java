package io.tajriba.personas;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A persona of a workspace: name, description, traits (age band, preferred channel, tech affinity, ...), its
 * priority (lower first) and rule, and how many customers it has.
 */
public record Persona(UUID id, String name, String description, Map<String, String> traits, int priority,
		List<RuleCondition> rule, long customers, Instant updatedAt) {

	/** A condition as the API shows it: field, operator and values. */
	public record RuleCondition(String field, String op, List<String> values) {
	}
}
