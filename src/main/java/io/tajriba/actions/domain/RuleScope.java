package io.tajriba.actions.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule applies: signals of these surveys, channels, touchpoints, personas' customers and languages (an
 * empty list admits all). A signal that lacks a restricted attribute (an interaction has no survey) is outside.
 */
public record RuleScope(List<UUID> surveys, List<String> channels, List<String> touchpoints, List<UUID> personas,
		List<String> languages) {

	public RuleScope {
		surveys = List.copyOf(surveys);
		channels = clean("scope.channels", channels);
		touchpoints = clean("scope.touchpoints", touchpoints);
		personas = List.copyOf(personas);
		languages = clean("scope.languages", languages);
		if (surveys.size() > 50 || personas.size() > 50) {
			throw new InvalidFieldException(surveys.size() > 50 ? "scope.surveys" : "scope.personas",
					"may list at most 50");
		}
	}

	public static RuleScope everywhere() {
		return new RuleScope(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	public boolean needsPersonas() {
		return !personas.isEmpty();
	}

	public boolean admits(Signal.Where where, Set<UUID> customerPersonas) {
		return within(surveys, where.survey()) && within(channels, where.channel())
				&& within(touchpoints, where.touchpoint()) && within(languages, where.language())
				&& (personas.isEmpty() || personas.stream().anyMatch(customerPersonas::contains));
	}

	private static <T> boolean within(List<T> allowed, @Nullable T value) {
		return allowed.isEmpty() || value != null && allowed.contains(value);
	}

	private static List<String> clean(String field, @Nullable List<String> values) {
		if (values == null) {
			return List.of();
		}
		List<String> kept = values.stream().map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
		if (kept.size() > 50 || kept.stream().anyMatch(v -> v.length() > 200)) {
			throw new InvalidFieldException(field, "may list at most 50 names of at most 200 characters");
		}
		return kept;
	}
}
