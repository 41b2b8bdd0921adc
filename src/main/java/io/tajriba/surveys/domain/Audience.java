package io.tajriba.surveys.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** Whom a survey asks: customers, or the company's own employees (pulse surveys). */
public enum Audience {

	CUSTOMERS, EMPLOYEES;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Audience of(String field, String value) {
		for (Audience audience : values()) {
			if (audience.key().equalsIgnoreCase(value.strip())) {
				return audience;
			}
		}
		throw new InvalidFieldException(field, "must be customers or employees");
	}
}
