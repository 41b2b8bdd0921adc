package io.tajriba.text.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.tajriba.text.TextAnalysis;
import io.tajriba.text.domain.AdaptedSentiment;
import io.tajriba.text.domain.Analysis;
import io.tajriba.text.domain.DefaultThemes;
import io.tajriba.text.domain.LanguageDetector;
import io.tajriba.text.domain.LanguageModel;
import io.tajriba.text.domain.LinguaResolver;
import io.tajriba.text.domain.ShippedModels;
import io.tajriba.text.domain.TextAnalyzer;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.ThemeMatcher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The analyser with the shipped models, loaded once. Its version is a digest of the model files, stored with
 * every result, so that texts analysed by an older model are found and analysed again.
 */
@Component
public class TextEngine {

	private final TextAnalyzer analyzer;
	private final ThemeMatcher defaultThemes = new ThemeMatcher(DefaultThemes.themes());
	private final String version;

	TextEngine() {
		this.analyzer = new TextAnalyzer(new LanguageDetector(new LinguaResolver()), ShippedModels.load());
		this.version = digest();
	}

	public TextAnalysis analyze(String text, Set<TextLanguage> languages, ThemeMatcher themes) {
		return of(analyzer.analyze(text, languages, themes));
	}

	/** With a workspace's adapted sentiment models. */
	public TextAnalysis analyze(String text, Set<TextLanguage> languages, ThemeMatcher themes,
			Map<TextLanguage, AdaptedSentiment> adapted) {
		return of(analyzer.analyze(text, languages, themes, adapted));
	}

	public TextLanguage detect(String text, Set<TextLanguage> languages) {
		return analyzer.detect(text, languages);
	}

	public @Nullable LanguageModel model(TextLanguage language) {
		return analyzer.models().get(language);
	}

	public ThemeMatcher defaultThemes() {
		return defaultThemes;
	}

	public String version() {
		return version;
	}

	static TextAnalysis of(Analysis analysis) {
		var emotions = new LinkedHashMap<String, Double>();
		analysis.emotions().forEach((emotion, p) -> emotions.put(emotion.code(), p));
		return new TextAnalysis(analysis.language().code(), analysis.sentiment().code(), analysis.polarity(),
				analysis.confidence(), emotions, analysis.themes(), analysis.keyPhrases());
	}

	private static String digest() {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			for (var language : TextLanguage.values()) {
				try (var in = TextEngine.class.getClassLoader().getResourceAsStream(ShippedModels.resource(language))) {
					if (in != null) {
						sha.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 6);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
