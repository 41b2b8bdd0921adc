package io.tajriba.workspaces;

import java.util.List;

import io.tajriba.platform.InvalidFieldException;

/** The languages Tajriba speaks, and which of them are written right to left. */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("en", "fa", "ar", "he");

	/**
	 * A request attribute (a {@code Locale}) that shows one page in another language than the reader's choice,
	 * without changing that choice: a survey previewed in Persian by an English-speaking analyst.
	 */
	public static final String PAGE_LANGUAGE = "io.tajriba.pageLanguage";

	private Languages() {
	}

	public static boolean isRightToLeft(String language) {
		return language.equals("fa") || language.equals("ar") || language.equals("he");
	}

	public static String of(String field, String value) {
		if (value == null || !SUPPORTED.contains(value.trim())) {
			throw new InvalidFieldException(field, "must be one of " + String.join(", ", SUPPORTED));
		}
		return value.trim();
	}
}
