package io.tajriba.personas.domain;

import java.util.List;

import io.tajriba.platform.InvalidFieldException;

/** A persona's rule: all of its conditions must hold. A rule without conditions matches nobody. */
public record PersonaRule(List<PersonaCondition> conditions) {

	public PersonaRule {
		conditions = List.copyOf(conditions);
		if (conditions.size() > 20) {
			throw new InvalidFieldException("rule", "may have at most 20 conditions");
		}
	}

	public boolean matches(CustomerFeatures customer) {
		return !conditions.isEmpty() && conditions.stream().allMatch(c -> c.holds(customer));
	}
}
