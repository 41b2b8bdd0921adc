package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the themes of a text by its keywords, on the normalised words: each word is looked up whole, by the
 * word starts of the '*' keywords, and after stripping Arabic clitics (و ف ب ك ل and the article) or Hebrew
 * one-letter prefixes (ו ה ב ל מ ש כ), so «والتوصيل» finds «توصيل» and «והמשלוח» finds «משלוח». Hashes only,
 * no strings: it runs on every text. At most 64 themes.
 */
public final class ThemeMatcher {

	private static final long PHRASE = 0x7a5c3e1f9b8d6c4aL;

	private final List<Theme> themes;
	private final HashIndex exact = new HashIndex();
	private final HashIndex prefixes = new HashIndex();
	private long prefixLengths;

	public ThemeMatcher(List<Theme> themes) {
		if (themes.size() > 64) {
			throw new IllegalArgumentException("at most 64 themes");
		}
		this.themes = List.copyOf(themes);
		for (int t = 0; t < themes.size(); t++) {
			for (var words : themes.get(t).keywords().values()) {
				for (var keyword : words) {
					index(TextNormalizer.normalize(keyword.strip()), 1L << t);
				}
			}
		}
	}

	private void index(String keyword, long bit) {
		if (keyword.endsWith("*")) {
			var start = keyword.substring(0, keyword.length() - 1);
			prefixes.or(Hashing.of(start), bit);
			prefixLengths |= 1L << Math.min(63, start.length());
		} else if (keyword.contains(" ")) {
			var words = keyword.split(" +");
			long h = PHRASE;
			for (var word : words) {
				h = Hashing.combine(h, Hashing.of(word));
			}
			exact.or(h, bit);
		} else if (!keyword.isEmpty()) {
			exact.or(Hashing.of(keyword), bit);
		}
	}

	/** The keys of the themes the text is about, in taxonomy order. */
	public List<String> match(Tokens tokens, TextLanguage language) {
		long found = 0;
		for (int t = 0; t < tokens.size; t++) {
			if (tokens.kind[t] != Tokens.WORD) {
				continue;
			}
			found |= word(tokens.text, tokens.start[t], tokens.end[t], language);
			if (t > 0 && tokens.kind[t - 1] == Tokens.WORD) {
				found |= exact.get(Hashing.combine(Hashing.combine(PHRASE, tokens.hash[t - 1]), tokens.hash[t]));
			}
		}
		return keys(found);
	}

	private long word(char[] text, int from, int to, TextLanguage language) {
		long found = lookup(text, from, to);
		// Every shorter start too: «המשלוח» is ה + משלוח, not הם + שלוח.
		int stripped = Clitics.strip(text, from, to, language);
		for (int start = from + 1; start <= stripped; start++) {
			found |= lookup(text, start, to);
		}
		return found;
	}

	private long lookup(char[] text, int from, int to) {
		long found = 0;
		long h = Hashing.OFFSET;
		for (int i = from; i < to; i++) {
			h = Hashing.step(h, text[i]);
			int length = i - from + 1;
			if (length < 64 && (prefixLengths & (1L << length)) != 0) {
				found |= prefixes.get(h);
			}
		}
		return found | exact.get(h);
	}

	private List<String> keys(long found) {
		if (found == 0) {
			return List.of();
		}
		var keys = new ArrayList<String>(Long.bitCount(found));
		for (int t = 0; t < themes.size(); t++) {
			if ((found & (1L << t)) != 0) {
				keys.add(themes.get(t).key());
			}
		}
		return keys;
	}

	public List<Theme> themes() {
		return themes;
	}
}
