package io.tajriba.text;

import java.util.HashSet;
import java.util.Set;

import io.tajriba.text.domain.Stopwords;
import io.tajriba.text.domain.TextNormalizer;

/**
 * How alike two short texts are, for other modules (the idea box's similar ideas): both are normalised as text
 * analytics normalises them (Persian and Arabic yeh and kaf, alef forms, diacritics, the zero-width non-joiner,
 * case), then compared by the Jaccard index of their content words (function words of en, fa, ar, he left out) and
 * of their words' character trigrams, which catch the spelling and suffix variants words alone miss («کتاب» and
 * «کتابها», "deliver" and "delivery"). The similarity is the mean of the two, in [0, 1].
 */
public final class TextSimilarity {

	private TextSimilarity() {
	}

	/** The text as text analytics reads it: one spelling for the many of a word, lower case. */
	public static String normalize(String text) {
		return TextNormalizer.normalize(text);
	}

	/** The similarity of two texts in [0, 1]: 1 for the same words, 0 when they share none (nor any trigram). */
	public static double similarity(String a, String b) {
		Set<String> wordsA = words(a);
		Set<String> wordsB = words(b);
		if (wordsA.isEmpty() || wordsB.isEmpty()) {
			return 0;
		}
		return (jaccard(wordsA, wordsB) + jaccard(trigrams(wordsA), trigrams(wordsB))) / 2;
	}

	/** The content words of a text, normalised; function words only when the text has nothing else. */
	static Set<String> words(String text) {
		Set<String> all = new HashSet<>();
		Set<String> content = new HashSet<>();
		String normalised = normalize(text);
		int start = -1;
		for (int i = 0; i <= normalised.length(); i++) {
			boolean letter = i < normalised.length() && Character.isLetterOrDigit(normalised.charAt(i));
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				String word = normalised.substring(start, i);
				all.add(word);
				if (!Stopwords.contains(word)) {
					content.add(word);
				}
				start = -1;
			}
		}
		return content.isEmpty() ? all : content;
	}

	static Set<String> trigrams(Set<String> words) {
		Set<String> grams = new HashSet<>();
		for (String word : words) {
			String padded = " " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				grams.add(padded.substring(i, i + 3));
			}
		}
		return grams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String x : a) {
			if (b.contains(x)) {
				shared++;
			}
		}
		return (double) shared / (a.size() + b.size() - shared);
	}
}
