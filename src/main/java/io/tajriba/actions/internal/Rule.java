package io.tajriba.actions.internal;

import java.time.Instant;
import java.util.UUID;

import io.tajriba.actions.domain.Assignment;
import io.tajriba.actions.domain.Priority;
import io.tajriba.actions.domain.RuleDefinition;
import io.tajriba.platform.InvalidFieldException;

/** An alert rule: what fires it, how urgent its cases are and who gets them. */
public record Rule(UUID id, String name, RuleDefinition definition, Priority priority, Assignment assignment,
		boolean reassignOnBreach, boolean paused, Instant createdAt, Instant updatedAt) {

	public Rule {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 120) {
			throw new InvalidFieldException("name", "must have 1 to 120 characters");
		}
	}
}
