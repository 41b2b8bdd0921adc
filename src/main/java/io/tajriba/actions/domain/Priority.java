package io.tajriba.actions.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** How urgent a case is, from most to least; each has its own service-level targets. */
public enum Priority {

	URGENT, HIGH, NORMAL, LOW;

	/** One step more urgent (urgent stays urgent): what an escalation does. */
	public Priority raised() {
		return this == URGENT ? URGENT : values()[ordinal() - 1];
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Priority of(String field, String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidFieldException(field, "must be one of urgent, high, normal, low");
		}
	}
}
