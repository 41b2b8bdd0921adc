package io.tajriba.surveys.domain;

import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;

/** One option of a choice question: a stable key (what is stored) and its label in each language. */
public record Choice(String key, LocalizedText label) {

	static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,39}$");

	public Choice {
		if (!KEY.matcher(key).matches()) {
			throw new InvalidFieldException("choices.key", "must be a lower-case key of up to 40 letters, digits, _ or -");
		}
	}
}
