package io.tajriba.text.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole analysis of a text: language, then normalisation, features, sentiment and emotions from the
 * language's model, themes and key phrases. Thread-safe; the buffers each thread reuses live in a
 * thread-local scratch, so a text costs a few allocations (its results) and no regular expression.
 */
public final class TextAnalyzer {

	private final LanguageDetector detector;
	private final Map<TextLanguage, LanguageModel> models;
	private final Map<TextLanguage, Lexicon> lexicons = new EnumMap<>(TextLanguage.class);
	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	public TextAnalyzer(LanguageDetector detector, Map<TextLanguage, LanguageModel> models) {
		this.detector = detector;
		this.models = new EnumMap<>(models);
		for (var language : TextLanguage.values()) {
			lexicons.put(language, Lexicon.of(language));
		}
	}

	public Analysis analyze(String text, Set<TextLanguage> languages, ThemeMatcher themes) {
		return analyze(text, detector.detect(text, languages), themes);
	}

	/** The analysis with a workspace's adapted sentiment models, where it has one for the text's language. */
	public Analysis analyze(String text, Set<TextLanguage> languages, ThemeMatcher themes,
			Map<TextLanguage, AdaptedSentiment> adapted) {
		var language = detector.detect(text, languages);
		return analyze(text, language, themes, adapted.get(language));
	}

	/** The analysis of a text whose language is known. */
	public Analysis analyze(String text, TextLanguage language, ThemeMatcher themes) {
		return analyze(text, language, themes, null);
	}

	private Analysis analyze(String text, TextLanguage language, ThemeMatcher themes,
			@org.jspecify.annotations.Nullable AdaptedSentiment adapted) {
		var work = scratch.get();
		var tokens = work.tokens.read(text);
		var lexicon = lexicons.get(language);
		var keyPhrases = KeyPhrases.of(tokens, lexicon, 3);
		var themeKeys = themes.match(tokens, language);
		var model = models.get(language);
		if (model == null) {
			return new Analysis(language, Sentiment.NEUTRAL, 0, 0, Map.of(), themeKeys, keyPhrases);
		}
		var features = work.extractor(model, lexicon).extract(tokens);
		var decisions = work.decisions;
		model.decide(features, decisions);
		var shipped = model.sentiment(decisions);
		var sentiment = adapted == null ? shipped : adapted.adjust(shipped, features);
		return new Analysis(language, sentiment.label(), round(sentiment.probability()), round(sentiment.polarity()),
				model.emotions(decisions), themeKeys, keyPhrases);
	}

	public TextLanguage detect(String text, Set<TextLanguage> languages) {
		return detector.detect(text, languages);
	}

	public Map<TextLanguage, LanguageModel> models() {
		return models;
	}

	public List<TextLanguage> languagesWithModels() {
		return List.copyOf(models.keySet());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static final class Scratch {

		final Tokens tokens = new Tokens();
		final float[] decisions = new float[64];
		final Map<LanguageModel, FeatureExtractor> extractors = new java.util.IdentityHashMap<>();

		FeatureExtractor extractor(LanguageModel model, Lexicon lexicon) {
			return extractors.computeIfAbsent(model, m -> new FeatureExtractor(m.config(), lexicon));
		}
	}
}
