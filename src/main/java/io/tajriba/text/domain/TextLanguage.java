package io.tajriba.text.domain;

import java.util.Locale;
import java.util.Optional;

/** The languages the text analytics reads. */
public enum TextLanguage {

	EN, FA, AR, HE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean arabicScript() {
		return this == FA || this == AR;
	}

	public static Optional<TextLanguage> of(String code) {
		for (var language : values()) {
			if (language.code().equalsIgnoreCase(code.strip())) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}
}
