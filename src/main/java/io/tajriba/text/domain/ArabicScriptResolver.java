package io.tajriba.text.domain;

import java.util.Optional;

/** Tells Persian from Arabic when the letters alone do not; a slower, statistical second opinion. */
@FunctionalInterface
public interface ArabicScriptResolver {

	/** Persian, Arabic, or empty when unsure. */
	Optional<TextLanguage> resolve(String text);

	static ArabicScriptResolver none() {
		return text -> Optional.empty();
	}
}
