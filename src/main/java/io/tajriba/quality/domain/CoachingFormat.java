package io.tajriba.quality.domain;

import java.util.Locale;

import io.tajriba.platform.InvalidFieldException;

/** How an agent is coached: one to one, by an e-learning module of the catalogue, or in a group training. */
public enum CoachingFormat {
	ONE_TO_ONE, ELEARNING, GROUP;

	public static CoachingFormat of(String field, String value) {
		for (CoachingFormat format : values()) {
			if (format.key().equals(value)) {
				return format;
			}
		}
		throw new InvalidFieldException(field, "must be one_to_one, elearning or group");
	}

	/** The format a suggestion is planned as. */
	public static CoachingFormat of(TrainingSuggestion suggestion) {
		return switch (suggestion) {
			case GROUP -> GROUP;
			case ELEARNING -> ELEARNING;
			case COACHING -> ONE_TO_ONE;
		};
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
