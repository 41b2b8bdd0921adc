package io.tajriba.text.domain;

import java.util.ArrayList;
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

	/** Up to {@code limit} phrases, best first. Primitive arrays only, but for the answer: it runs on every text. */
	public static List<String> of(Tokens tokens, Lexicon lexicon, int limit) {
		int n = tokens.size;
		var starts = new int[n + 1];
		var ends = new int[n + 1];
		int[] count = { 0 };
		candidates(tokens, lexicon, phrase -> {
			starts[count[0]] = phrase[0];
			ends[count[0]++] = phrase[1];
		});
		int candidates = count[0];
		if (candidates == 0) {
			return List.of();
		}
		var words = new WordCounts(n);
		for (int c = 0; c < candidates; c++) {
			for (int t = starts[c]; t < ends[c]; t++) {
				words.add(tokens.hash[t], ends[c] - starts[c]);
			}
		}
		var scores = new double[candidates];
		var keys = new long[candidates];
		for (int c = 0; c < candidates; c++) {
			long key = 0;
			for (int t = starts[c]; t < ends[c]; t++) {
				scores[c] += words.degreeOverFrequency(tokens.hash[t]);
				key = Hashing.combine(key, tokens.hash[t]);
			}
			keys[c] = key;
		}
		return best(tokens, starts, ends, scores, keys, limit);
	}

	/** The best-scoring distinct phrases, by repeated selection (a text has few candidates). */
	private static List<String> best(Tokens tokens, int[] starts, int[] ends, double[] scores, long[] keys, int limit) {
		var best = new ArrayList<String>(limit);
		var taken = new long[limit];
		while (best.size() < limit) {
			int top = -1;
			for (int c = 0; c < scores.length; c++) {
				if (scores[c] >= 0 && (top < 0 || scores[c] > scores[top])) {
					top = c;
				}
			}
			if (top < 0) {
				break;
			}
			scores[top] = -1;
			if (!contains(taken, best.size(), keys[top])) {
				taken[best.size()] = keys[top];
				best.add(text(tokens, new int[] { starts[top], ends[top] }));
			}
		}
		return best;
	}

	private static boolean contains(long[] keys, int size, long key) {
		for (int i = 0; i < size; i++) {
			if (keys[i] == key) {
				return true;
			}
		}
		return false;
	}

	/** Per word: how often it occurs in candidates, and the summed length of those candidates (its degree). */
	private static final class WordCounts {

		private final long[] keys;
		private final int[] frequency;
		private final int[] degree;
		private final int mask;

		WordCounts(int tokens) {
			int capacity = Integer.highestOneBit(Math.max(8, tokens * 2) - 1) << 1;
			keys = new long[capacity];
			frequency = new int[capacity];
			degree = new int[capacity];
			mask = capacity - 1;
		}

		void add(long hash, int phraseLength) {
			int i = slot(hash);
			keys[i] = hash == 0 ? 1 : hash;
			frequency[i]++;
			degree[i] += phraseLength;
		}

		double degreeOverFrequency(long hash) {
			int i = slot(hash);
			return (double) degree[i] / frequency[i];
		}

		private int slot(long hash) {
			long key = hash == 0 ? 1 : hash;
			int i = (int) Hashing.mix(key) & mask;
			while (keys[i] != 0 && keys[i] != key) {
				i = (i + 1) & mask;
			}
			return i;
		}
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
