package io.tajriba.maturity.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tajriba.platform.InvalidFieldException;

/**
 * A CX principle: a guiding statement in the workspace's languages ("we solve it the first time"), the scorecard
 * criteria (by key) that service is measured against it by, and the journey stages (by key) whose customers' figures
 * tell how it is lived. At least a statement in one of English, Persian, Arabic and Hebrew, and a criterion or a stage
 * to measure it by.
 */
public record Principle(Map<String, String> statement, List<String> criteria, List<String> stages) {

	public static final Set<String> LANGUAGES = Set.of("en", "fa", "ar", "he");
	public static final int MAX_TEXT = 300;
	public static final int MAX_LINKS = 20;

	public Principle {
		if (statement == null || statement.isEmpty()) {
			throw new InvalidFieldException("statement", "give the statement in at least one of en, fa, ar, he");
		}
		Map<String, String> clean = new LinkedHashMap<>();
		statement.forEach((language, text) -> {
			if (language == null || !LANGUAGES.contains(language)) {
				throw new InvalidFieldException("statement." + language, "languages are en, fa, ar and he");
			}
			if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
				throw new InvalidFieldException("statement." + language, "must have 1 to " + MAX_TEXT + " characters");
			}
			clean.put(language, text.strip());
		});
		statement = Map.copyOf(clean);
		criteria = keys("criteria", criteria);
		stages = keys("stages", stages);
		if (criteria.isEmpty() && stages.isEmpty()) {
			throw new InvalidFieldException("criteria", "link the principle to a scorecard criterion or a journey stage");
		}
	}

	/** The statement in the language, else English, else any. */
	public String in(String language) {
		return statement.getOrDefault(language, statement.getOrDefault("en", statement.values().iterator().next()));
	}

	private static List<String> keys(String field, List<String> keys) {
		if (keys == null) {
			return List.of();
		}
		if (keys.size() > MAX_LINKS) {
			throw new InvalidFieldException(field, "at most " + MAX_LINKS);
		}
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
				throw new InvalidFieldException(field + "[" + i + "]", "must be a key: letters, digits, _ . -");
			}
			seen.add(key);
		}
		return List.copyOf(seen);
	}
}
