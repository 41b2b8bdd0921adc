package io.tajriba.imports.domain;

import java.util.Locale;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;

/**
 * What a file holds. The columns of a CSV file are the fields of the API's JSON rows; the named numeric fields
 * become numbers, the JSON field ({@code properties} or {@code attributes}) takes JSON text, and columns named
 * {@code properties.x} or {@code attributes.x} become keys of that object.
 */
public enum ImportKind {

	INTERACTIONS("properties", Set.of("value"), Set.of("durationSeconds")),
	CUSTOMERS("attributes", Set.of(), Set.of()),
	/** The agent directory up front: key, displayName, team, email, active (no JSON field: other columns ignored). */
	AGENTS("attributes", Set.of(), Set.of()),
	/** The employee directory: id, name, email, team, department, location, manager, user, agent, language, active. */
	EMPLOYEES("attributes", Set.of(), Set.of());

	private final String objectField;
	private final Set<String> decimals;
	private final Set<String> integers;

	ImportKind(String objectField, Set<String> decimals, Set<String> integers) {
		this.objectField = objectField;
		this.decimals = decimals;
		this.integers = integers;
	}

	public String objectField() {
		return objectField;
	}

	boolean isDecimal(String column) {
		return decimals.contains(column);
	}

	boolean isInteger(String column) {
		return integers.contains(column);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ImportKind of(String field, String value) {
		for (ImportKind kind : values()) {
			if (kind.key().equalsIgnoreCase(value.trim())) {
				return kind;
			}
		}
		throw new InvalidFieldException(field, "must be interactions, customers, agents or employees");
	}
}
