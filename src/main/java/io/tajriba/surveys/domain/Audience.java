package io.tajriba.surveys.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** Whom a survey asks: customers, or the company's own employees (pulse surveys). */
public enum Audience {

	CUSTOMERS, EMPLOYEES;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Answers of these are never counted in a customer figure: the employee pulse stores them apart. */
	public boolean isEmployees() {
		return this == EMPLOYEES;
	}

	/** {@code customers} or {@code employees}; the singulars {@code customer} and {@code employee} too. */
	public static Audience of(String field, String value) {
		String wanted = value.strip();
		for (Audience audience : values()) {
			if (audience.key().equalsIgnoreCase(wanted) || (audience.key().equalsIgnoreCase(wanted + "s"))) {
				return audience;
			}
		}
		throw new InvalidFieldException(field, "must be customers or employees");
	}
}
