package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentiment labels from GoEmotions' emotion labels, by the grouping of its paper (Demszky et al., 2020, "positive",
 * "negative", "ambiguous", "neutral"): a comment whose emotions are all positive is positive, all negative is
 * negative, "neutral" alone is neutral; mixed or ambiguous-only comments are left out. This gives the English
 * model 40,000 more comments and, above all, a neutral class (the other English sets have almost none).
 */
final class DerivedSentiment {

	static final String SOURCE = "goemotions";

	private static final Set<String> POSITIVE = Set.of("admiration", "amusement", "approval", "caring", "desire",
			"excitement", "gratitude", "joy", "love", "optimism", "pride", "relief");
	private static final Set<String> NEGATIVE = Set.of("anger", "annoyance", "disappointment", "disapproval", "disgust",
			"embarrassment", "fear", "grief", "nervousness", "remorse", "sadness");

	private DerivedSentiment() {
	}

	static List<Example> of(List<Example> emotions) {
		var derived = new ArrayList<Example>();
		for (var example : emotions) {
			var label = label(example.label());
			if (label != null) {
				derived.add(new Example(example.language(), example.text(), label, SOURCE + "_sentiment", false));
			}
		}
		return derived;
	}

	private static String label(String labels) {
		var names = List.of(labels.split(","));
		if (names.equals(List.of("neutral"))) {
			return "neutral";
		}
		if (names.stream().allMatch(POSITIVE::contains)) {
			return "positive";
		}
		if (names.stream().allMatch(NEGATIVE::contains)) {
			return "negative";
		}
		return null;
	}
}
