package io.tajriba.text.domain;

import java.util.Optional;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua's n-gram models restricted to Persian and Arabic: asked only for the few texts whose letters do not
 * decide, since it is a hundred times slower than counting letters. Its models load on first use.
 */
public final class LinguaResolver implements ArabicScriptResolver {

	private final com.github.pemistahl.lingua.api.LanguageDetector detector = LanguageDetectorBuilder
		.fromLanguages(Language.PERSIAN, Language.ARABIC)
		.build();

	@Override
	public Optional<TextLanguage> resolve(String text) {
		return switch (detector.detectLanguageOf(text)) {
			case PERSIAN -> Optional.of(TextLanguage.FA);
			case ARABIC -> Optional.of(TextLanguage.AR);
			default -> Optional.empty();
		};
	}
}
