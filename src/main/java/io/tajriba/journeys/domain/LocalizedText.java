package io.tajriba.journeys.domain;

import org.jspecify.annotations.Nullable;

/**
 * A text in the platform's four languages; English is what every other language falls back to. A missing text is
 * an empty string rather than null, so that it stays simple JSON; whoever needs the text says so ({@link #blank}).
 */
public record LocalizedText(String en, String fa, String ar, String he) {

	public LocalizedText {
		en = en == null ? "" : en;
		fa = fa == null ? "" : fa;
		ar = ar == null ? "" : ar;
		he = he == null ? "" : he;
	}

	public static LocalizedText of(String en) {
		return new LocalizedText(en, "", "", "");
	}

	/** The text in the language (en, fa, ar or he), or in English when it has no translation there. */
	public String in(@Nullable String language) {
		String text = switch (language == null ? "en" : language) {
			case "fa" -> fa;
			case "ar" -> ar;
			case "he" -> he;
			default -> en;
		};
		return text.isBlank() ? en : text;
	}

	/** Whether there is no English text to fall back to; not named isBlank, which JSON would take for a field. */
	public boolean blank() {
		return en.isBlank();
	}

	int maxLength() {
		return Math.max(Math.max(en.length(), fa.length()), Math.max(ar.length(), he.length()));
	}
}
