package io.tajriba.text.domain;

import java.util.List;
import java.util.Map;

/**
 * A theme of a workspace's taxonomy (delivery, price, staff...) and its keywords per language. A keyword is a
 * word («late»), a word start ending in '*' («deliver*», which also catches the Persian and Hebrew suffixes) or
 * two words («waiting time»). Arabic keywords are given without the article and Hebrew ones without their
 * one-letter prefixes: the matcher strips those from the text.
 */
public record Theme(String key, Map<TextLanguage, List<String>> keywords) {

	public Theme {
		if (key.isBlank()) {
			throw new IllegalArgumentException("a theme needs a key");
		}
		var copied = new java.util.EnumMap<TextLanguage, List<String>>(TextLanguage.class);
		keywords.forEach((language, words) -> copied.put(language, List.copyOf(words)));
		keywords = java.util.Collections.unmodifiableMap(copied);
	}
}
