package io.tajriba.surveys.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A text of a survey in several languages, such as {@code {"en": "How likely...", "fa": "چقدر احتمال..."}}. A
 * published survey has every text in every one of its languages.
 */
public record LocalizedText(Map<String, String> texts) {

	public static final int MAX_LENGTH = 2_000;

	public LocalizedText {
		Map<String, String> copy = new LinkedHashMap<>();
		texts.forEach((language, text) -> {
			if (text != null && !text.isBlank()) {
				copy.put(language, text.strip());
			}
		});
		texts = Map.copyOf(copy);
	}

	public static LocalizedText of(String... languageAndText) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (int i = 0; i + 1 < languageAndText.length; i += 2) {
			texts.put(languageAndText[i], languageAndText[i + 1]);
		}
		return new LocalizedText(texts);
	}

	/** The text in this language, else in the fallback, else any. */
	public String in(String language, String fallback) {
		String text = texts.get(language);
		if (text == null) {
			text = texts.get(fallback);
		}
		return text != null ? text : texts.values().stream().findFirst().orElse("");
	}

	public @Nullable String exactly(String language) {
		return texts.get(language);
	}

	/** The languages among {@code languages} that have no text here. */
	public Set<String> missing(Collection<String> languages) {
		return languages.stream().filter(language -> !texts.containsKey(language))
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	public boolean isEmpty() {
		return texts.isEmpty();
	}

	boolean tooLong() {
		return texts.values().stream().anyMatch(text -> text.length() > MAX_LENGTH);
	}
}
