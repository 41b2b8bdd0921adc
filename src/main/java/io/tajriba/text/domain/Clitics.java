package io.tajriba.text.domain;

/** The start of a word without its Arabic proclitics or Hebrew prefix letters, for keyword lookup. */
final class Clitics {

	private Clitics() {
	}

	static int strip(char[] text, int from, int to, TextLanguage language) {
		return switch (language) {
			case AR -> arabic(text, from, to);
			case HE -> hebrew(text, from, to);
			default -> from;
		};
	}

	private static int arabic(char[] text, int from, int to) {
		int i = from;
		if (to - i > 3 && (text[i] == 'و' || text[i] == 'ف')) {
			i++;
		}
		if (to - i > 3 && (text[i] == 'ب' || text[i] == 'ک' || text[i] == 'ل') && text[i + 1] == 'ا'
				&& text[i + 2] == 'ل') {
			return i + 3;
		}
		if (to - i > 3 && text[i] == 'ل' && text[i + 1] == 'ل') {
			return i + 2;
		}
		if (to - i > 3 && text[i] == 'ا' && text[i + 1] == 'ل') {
			return i + 2;
		}
		if (to - i > 3 && (text[i] == 'ب' || text[i] == 'ل')) {
			return i + 1;
		}
		return i;
	}

	private static int hebrew(char[] text, int from, int to) {
		int i = from;
		while (i < from + 2 && to - i > 2 && "והבלמשכ".indexOf(text[i]) >= 0) {
			i++;
		}
		return i;
	}
}
