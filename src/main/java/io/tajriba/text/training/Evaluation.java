package io.tajriba.text.training;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.tajriba.text.domain.Emotion;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextAnalyzer;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.ThemeMatcher;

/**
 * Scores of the analyser on labelled texts, per language and per source file, twice: on the natural
 * distribution, where on a file without neutral texts the answer is positive or negative, whichever is likelier,
 * as the published figures on such data are; and on a {@link Balanced} sample, where the answer is the label as
 * the analyser gives it, neutral included, as a workspace's customers are read.
 */
final class Evaluation {

	private static final ThemeMatcher NO_THEMES = new ThemeMatcher(List.of());

	final Map<String, Scores> sentimentByLanguage = new TreeMap<>();
	final Map<String, Scores> sentimentByFile = new TreeMap<>();
	final Map<String, Scores> balancedByLanguage = new TreeMap<>();
	final Map<String, Scores> balancedByFile = new TreeMap<>();
	final Map<String, String> languageOfFile = new TreeMap<>();
	final Map<String, Scores> detectionByLanguage = new TreeMap<>();
	/** language or file → emotion → {gold, predicted, both}. */
	final Map<String, Map<Emotion, int[]>> emotions = new LinkedHashMap<>();

	private final TextAnalyzer analyzer;
	private final long seed;

	Evaluation(TextAnalyzer analyzer, long seed) {
		this.analyzer = analyzer;
		this.seed = seed;
	}

	void add(List<Example> examples) {
		var all = EnumSet.allOf(TextLanguage.class);
		var withNeutral = new java.util.HashSet<String>();
		examples.stream().filter(e -> e.label().equals("neutral")).forEach(e -> withNeutral.add(e.file()));
		var balanced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Example, Boolean>());
		balanced.addAll(Balanced.sample(examples.stream().filter(e -> !e.emotion()).toList(), seed));
		for (var example : examples) {
			var language = example.language();
			detectionByLanguage.computeIfAbsent(language.code(), l -> new Scores())
				.add(language.code(), analyzer.detect(example.text(), all).code());
			if (!analyzer.models().containsKey(language)) {
				continue;
			}
			var analysis = analyzer.analyze(example.text(), language, NO_THEMES);
			if (!example.emotion()) {
				addSentiment(sentimentByLanguage, sentimentByFile, example, withNeutral.contains(example.file())
						? analysis.sentiment() : analysis.polarity() >= 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE);
				if (balanced.contains(example)) {
					addSentiment(balancedByLanguage, balancedByFile, example, analysis.sentiment());
				}
			} else if (analyzer.models().get(language).emotionLabels().length > 0) {
				addEmotions(example, analysis.emotions().keySet());
			}
		}
	}

	private void addSentiment(Map<String, Scores> byLanguage, Map<String, Scores> byFile, Example example,
			Sentiment predicted) {
		languageOfFile.put(example.file(), example.language().code());
		byLanguage.computeIfAbsent(example.language().code(), l -> new Scores()).add(example.label(), predicted.code());
		byFile.computeIfAbsent(example.file(), f -> new Scores()).add(example.label(), predicted.code());
	}

	/** Balanced macro-F1 of a language as the mean over its files, so that no one file speaks for all. */
	double balancedMeanOverFiles(String language) {
		return balancedByFile.entrySet().stream().filter(e -> language.equals(languageOfFile.get(e.getKey())))
			.mapToDouble(e -> e.getValue().macroF1()).average().orElse(Double.NaN);
	}

	private void addEmotions(Example example, Set<Emotion> predicted) {
		var known = Set.of(analyzer.models().get(example.language()).emotionLabels());
		var gold = io.tajriba.text.domain.EmotionMapping.map(example.label());
		for (var key : List.of(example.language().code(), example.file())) {
			var counts = emotions.computeIfAbsent(key, k -> new TreeMap<>());
			for (var emotion : known) {
				var c = counts.computeIfAbsent(emotion, e -> new int[3]);
				c[0] += gold.contains(emotion) ? 1 : 0;
				c[1] += predicted.contains(emotion) ? 1 : 0;
				c[2] += gold.contains(emotion) && predicted.contains(emotion) ? 1 : 0;
			}
		}
	}

	/** Macro-F1 over the emotions the data has at least one text of. */
	static double macroF1(Map<Emotion, int[]> counts) {
		return counts.values().stream().filter(c -> c[0] > 0).mapToDouble(Scores::f1).average().orElse(0);
	}
}
