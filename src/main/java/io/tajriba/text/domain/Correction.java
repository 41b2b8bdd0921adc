package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.text.TextAnalysis;
import org.jspecify.annotations.Nullable;

/**
 * An analyst's reading of one text: its sentiment, emotions and themes. Checked against the label sets and the
 * workspace's taxonomy, each fault named ({@code sentiment}, {@code emotions[1]}, {@code themes[0]}).
 */
public record Correction(Sentiment sentiment, Set<Emotion> emotions, List<String> themes) {

	public Correction {
		emotions = Set.copyOf(emotions);
		themes = List.copyOf(themes);
	}

	/**
	 * A correction as sent. Emotions or themes left out (null) stay as the text's current reading has them; an
	 * empty list means none. Themes come out in taxonomy order, repeats dropped.
	 */
	public static Correction of(@Nullable String sentiment, @Nullable List<?> emotions, @Nullable List<?> themes,
			List<String> taxonomy, TextAnalysis current) {
		if (sentiment == null || sentiment.isBlank()) {
			throw new InvalidFieldException("sentiment", "is required: negative, neutral or positive");
		}
		var label = Sentiment.of(sentiment.strip())
			.orElseThrow(() -> new InvalidFieldException("sentiment", "must be negative, neutral or positive"));
		return new Correction(label, emotions(emotions == null ? List.copyOf(current.emotions().keySet()) : emotions),
				themes(themes == null ? current.themes() : themes, taxonomy, themes == null));
	}

	private static Set<Emotion> emotions(List<?> codes) {
		var emotions = EnumSet.noneOf(Emotion.class);
		for (int i = 0; i < codes.size(); i++) {
			Object code = codes.get(i);
			int at = i;
			emotions.add(Emotion.of(code instanceof String s ? s.strip() : "")
				.orElseThrow(() -> new InvalidFieldException("emotions[" + at + "]",
						"must be one of joy, surprise, trust, anger, sadness, fear, disgust, frustration")));
		}
		return emotions;
	}

	/** Themes kept as read stay even if the taxonomy has changed since; sent ones must be in it. */
	private static List<String> themes(List<?> keys, List<String> taxonomy, boolean asRead) {
		var chosen = new java.util.LinkedHashSet<String>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i) instanceof String s ? s.strip() : "";
			if (!asRead && !taxonomy.contains(key)) {
				throw new InvalidFieldException("themes[" + i + "]", "must be one of the workspace's themes: "
						+ String.join(", ", taxonomy));
			}
			chosen.add(key);
		}
		var ordered = new ArrayList<String>();
		taxonomy.stream().filter(chosen::contains).forEach(ordered::add);
		chosen.stream().filter(k -> !ordered.contains(k)).forEach(ordered::add);
		return ordered;
	}

	/**
	 * The text's reading with this correction: the analyst's labels, held certain (confidence 1). The score stays
	 * the model's when the sentiment agrees with it, else it is the corrected sentiment's pole (1, 0 or −1), so that
	 * averages of scores agree with the labels; an emotion the model found keeps its probability, one the analyst
	 * added has 1. Language and key phrases stay as read.
	 */
	public TextAnalysis apply(TextAnalysis model) {
		boolean agrees = sentiment.code().equals(model.sentiment());
		double score = agrees ? model.score() : pole(sentiment);
		var emotions = new LinkedHashMap<String, Double>();
		for (var emotion : this.emotions.stream().sorted().toList()) {
			emotions.put(emotion.code(), model.emotions().getOrDefault(emotion.code(), 1.0));
		}
		return new TextAnalysis(model.language(), sentiment.code(), score, 1.0, emotions, themes, model.keyPhrases());
	}

	/** The emotions' codes, in the order of {@link Emotion}. */
	public List<String> emotionCodes() {
		return codes(emotions);
	}

	static List<String> codes(Collection<Emotion> emotions) {
		return emotions.stream().sorted().map(Emotion::code).toList();
	}

	private static double pole(Sentiment sentiment) {
		return switch (sentiment) {
			case POSITIVE -> 1;
			case NEUTRAL -> 0;
			case NEGATIVE -> -1;
		};
	}
}
