package io.tajriba.text.domain;

import java.util.Locale;
import java.util.Optional;

public enum Sentiment {

	NEGATIVE, NEUTRAL, POSITIVE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Sentiment> of(String code) {
		for (var sentiment : values()) {
			if (sentiment.code().equals(code)) {
				return Optional.of(sentiment);
			}
		}
		return Optional.empty();
	}
}
