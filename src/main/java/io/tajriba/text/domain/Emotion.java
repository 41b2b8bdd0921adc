package io.tajriba.text.domain;

import java.util.Locale;
import java.util.Optional;

/** The emotions a customer experience team acts on. How each data set's labels map onto them: {@link EmotionMapping}. */
public enum Emotion {

	JOY, SURPRISE, TRUST, ANGER, SADNESS, FEAR, DISGUST, FRUSTRATION;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Emotion> of(String code) {
		for (var emotion : values()) {
			if (emotion.code().equals(code)) {
				return Optional.of(emotion);
			}
		}
		return Optional.empty();
	}
}
