package io.tajriba.actions.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** What a rule listens to: a survey response, an analysed text, a recorded interaction, or a metric's figure. */
public enum TriggerKind {

	RESPONSE, TEXT, INTERACTION, METRIC;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static TriggerKind of(String field, String value) {
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidFieldException(field, "must be one of response, text, interaction, metric");
		}
	}
}
