package io.tajriba.surveys.domain;

import java.util.Locale;
import java.util.Optional;

/** The feelings an emotion question offers, from the best to the worst. */
public enum Emotion {

	DELIGHTED, SURPRISED, SATISFIED, NEUTRAL, CONFUSED, DISAPPOINTED, FRUSTRATED, ANGRY;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Emotion> find(String key) {
		for (Emotion emotion : values()) {
			if (emotion.key().equals(key)) {
				return Optional.of(emotion);
			}
		}
		return Optional.empty();
	}
}
