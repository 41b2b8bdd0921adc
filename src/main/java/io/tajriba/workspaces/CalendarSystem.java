package io.tajriba.workspaces;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** The calendar a workspace reads its dates in. */
public enum CalendarSystem {

	GREGORIAN, PERSIAN, ISLAMIC, HEBREW;

	/** The identifier ICU and Unicode locales use ({@code @calendar=persian}). */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static CalendarSystem of(String field, String value) {
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidFieldException(field, "must be one of gregorian, persian, islamic, hebrew");
		}
	}
}
