package io.tajriba.quality.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.tajriba.platform.InvalidFieldException;

/**
 * Which agent an interaction, a response or a case handled by several counts for, in the order they served:
 * the last (who closed it; the default) or the first (who took it).
 */
public enum AttributionRule {

	LAST, FIRST;

	/** The agent who counts, of those who served in this order; empty when none did. */
	public Optional<String> pick(List<String> agents) {
		List<String> named = agents.stream().filter(a -> a != null && !a.isBlank()).toList();
		if (named.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this == LAST ? named.getLast() : named.getFirst());
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AttributionRule of(String field, String value) {
		for (AttributionRule rule : values()) {
			if (rule.key().equalsIgnoreCase(value.strip())) {
				return rule;
			}
		}
		throw new InvalidFieldException(field, "must be last or first");
	}
}
