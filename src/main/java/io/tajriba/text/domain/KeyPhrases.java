package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * Key phrases of one text in the manner of RAKE (rapid automatic keyword extraction): runs of up to three
 * content words between stop words and sentence marks are the candidates, and a candidate scores the sum over
 * its words of degree over frequency, which favours longer phrases of words that recur within the text. Needs
 * no model, so it works in every language the stop word lists cover.
 */
public final class KeyPhrases {

	private static final int MAX_WORDS = 3;

	private KeyPhrases() {
	}

	/** Up to {@code limit} phrases, best first. */
	public static List<String> of(Tokens tokens, Lexicon lexicon, int limit) {
		var phrases = new ArrayList<int[]>();
		candidates(tokens, lexicon, phrases::add);
		if (phrases.isEmpty()) {
			return List.of();
		}
		var frequency = new LinkedHashMap<Long, int[]>();
		for (var phrase : phrases) {
			for (int t = phrase[0]; t < phrase[1]; t++) {
				var counts = frequency.computeIfAbsent(tokens.hash[t], h -> new int[2]);
				counts[0]++;
				counts[1] += phrase[1] - phrase[0];
			}
		}
		var scored = new LinkedHashMap<String, Double>();
		for (var phrase : phrases) {
			double score = 0;
			for (int t = phrase[0]; t < phrase[1]; t++) {
				var counts = frequency.get(tokens.hash[t]);
				score += (double) counts[1] / counts[0];
			}
			scored.merge(text(tokens, phrase), score, Math::max);
		}
		return scored.entrySet().stream()
			.sorted(Comparator.<java.util.Map.Entry<String, Double>>comparingDouble(java.util.Map.Entry::getValue)
				.reversed())
			.limit(limit)
			.map(java.util.Map.Entry::getKey)
			.toList();
	}

	/** Calls back with each candidate as {first token, end token}. */
	static void candidates(Tokens tokens, Lexicon lexicon, Consumer<int[]> candidate) {
		int start = -1;
		for (int t = 0; t <= tokens.size; t++) {
			boolean content = t < tokens.size && isContent(tokens, lexicon, t);
			if (content && start < 0) {
				start = t;
			}
			if (start >= 0 && (!content || t - start == MAX_WORDS)) {
				candidate.accept(new int[] { start, t });
				start = content ? t : -1;
			}
		}
	}

	static boolean isContent(Tokens tokens, Lexicon lexicon, int t) {
		return tokens.kind[t] == Tokens.WORD && tokens.length(t) > 1 && !lexicon.stopWords().contains(tokens.hash[t])
				&& !lexicon.negators().contains(tokens.hash[t]) && !lexicon.intensifiers().contains(tokens.hash[t])
				&& !Character.isDigit(tokens.text[tokens.start[t]]);
	}

	static String text(Tokens tokens, int[] phrase) {
		var text = new StringBuilder();
		for (int t = phrase[0]; t < phrase[1]; t++) {
			if (t > phrase[0]) {
				text.append(' ');
			}
			text.append(tokens.text, tokens.start[t], tokens.end[t] - tokens.start[t]);
		}
		return text.toString();
	}
}
