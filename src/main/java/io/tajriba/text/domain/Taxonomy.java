package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * What a workspace's taxonomy must be, however it arrives (the API, the theme editor, a stored row read back): at
 * most {@value #MOST_THEMES} themes with unique keys of lower-case letters, digits or _, keywords per language
 * among en, fa, ar and he, none missing or blank, at most {@value #MOST_KEYWORDS} a language and
 * {@value #LONGEST_KEYWORD} characters each. Every fault is named by its place, e.g. {@code themes[0].keywords.en[2]}.
 */
public final class Taxonomy {

	public static final int MOST_THEMES = 64;
	public static final int MOST_KEYWORDS = 200;
	public static final int LONGEST_KEYWORD = 60;
	private static final String KEY = "[a-z0-9_]{1,40}";

	/** A theme as sent, anything possibly missing: its key and keywords by language code. */
	public record Draft(@Nullable String key, @Nullable Map<String, ? extends @Nullable List<? extends @Nullable String>> keywords) {

		public static Draft of(Theme theme) {
			Map<String, List<String>> keywords = new java.util.LinkedHashMap<>();
			theme.keywords().forEach((language, words) -> keywords.put(language.code(), words));
			return new Draft(theme.key(), keywords);
		}
	}

	private Taxonomy() {
	}

	/**
	 * The drafts as themes, keywords stripped, or the first fault; themes are numbered from {@code first} (0 for
	 * the API, 1 for a form whose reader counts rows).
	 */
	public static List<Theme> check(@Nullable List<? extends @Nullable Draft> drafts, int first) {
		if (drafts == null) {
			throw new InvalidFieldException("themes", "is required");
		}
		if (drafts.size() > MOST_THEMES) {
			throw new InvalidFieldException("themes", "at most " + MOST_THEMES + " themes");
		}
		List<Theme> themes = new ArrayList<>(drafts.size());
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			String at = "themes[" + (i + first) + "]";
			Draft draft = drafts.get(i);
			if (draft == null) {
				throw new InvalidFieldException(at, "is required");
			}
			String key = draft.key();
			if (key == null || !key.matches(KEY)) {
				throw new InvalidFieldException(at + ".key", "must be 1-40 lower-case letters, digits or _");
			}
			if (!keys.add(key)) {
				throw new InvalidFieldException(at + ".key", "is used by another theme");
			}
			themes.add(new Theme(key, keywords(draft.keywords(), at + ".keywords")));
		}
		return themes;
	}

	/** Stored or built themes checked as a taxonomy. */
	public static List<Theme> check(List<Theme> themes) {
		return check(themes.stream().map(Draft::of).toList(), 0);
	}

	private static Map<TextLanguage, List<String>> keywords(
			@Nullable Map<String, ? extends @Nullable List<? extends @Nullable String>> drafts, String at) {
		Map<TextLanguage, List<String>> keywords = new EnumMap<>(TextLanguage.class);
		if (drafts == null) {
			return keywords;
		}
		drafts.forEach((code, words) -> {
			String field = at + "." + code;
			TextLanguage language = TextLanguage.of(code)
				.orElseThrow(() -> new InvalidFieldException(field, "must be en, fa, ar or he"));
			if (keywords.containsKey(language)) {
				throw new InvalidFieldException(field, "is given twice");
			}
			keywords.put(language, words == null ? List.of() : words(words, field));
		});
		return keywords;
	}

	private static List<String> words(List<? extends @Nullable String> drafts, String field) {
		if (drafts.size() > MOST_KEYWORDS) {
			throw new InvalidFieldException(field, "at most " + MOST_KEYWORDS + " keywords");
		}
		List<String> words = new ArrayList<>(drafts.size());
		for (int k = 0; k < drafts.size(); k++) {
			String word = drafts.get(k);
			String at = field + "[" + k + "]";
			if (word == null) {
				throw new InvalidFieldException(at, "is required");
			}
			String stripped = word.strip();
			if (stripped.isEmpty() || stripped.equals("*")) {
				throw new InvalidFieldException(at, "must be a word, a word start ending in '*', or two words");
			}
			if (stripped.length() > LONGEST_KEYWORD) {
				throw new InvalidFieldException(at, "at most " + LONGEST_KEYWORD + " characters");
			}
			words.add(stripped);
		}
		return words;
	}
}
