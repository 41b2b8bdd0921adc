package io.tajriba.text.domain;

/**
 * Brings the many spellings of a word in user-written text to one form, in a single pass without regular
 * expressions (it runs on every text). The rules follow Lucene's Arabic and Persian normalisers, extended:
 * <ul>
 * <li>Arabic script (fa, ar): yeh forms ي ى ئ to Persian ی, kaf ك to ک, ة and heh forms ۀ ە ہ to ه, alef forms
 * أ إ آ ٱ to ا, ؤ to و; harakat, Quranic marks and tatweel removed; Arabic and Persian digits to ASCII; Arabic
 * punctuation to its ASCII twin.</li>
 * <li>Persian: the zero-width non-joiner is removed, so «می‌خواهم» and the informal «میخواهم» become one word.</li>
 * <li>Hebrew: niqqud and cantillation removed, maqaf to '-', geresh and gershayim to ASCII quotes.</li>
 * <li>Latin: lower case.</li>
 * <li>Arabic presentation forms (ﻭﺯﻳﺮ) become the letters they shape.</li>
 * <li>All: a letter repeated more than twice («عاااالی», «goooood») is kept twice; direction marks, variation
 * selectors and soft hyphens removed. Emoji are kept: they carry sentiment.</li>
 * </ul>
 * Each rule touches only its own script, so one pass serves every language and mixed-script texts (a Persian
 * answer naming an English brand) are normalised for both.
 */
public final class TextNormalizer {

	private static final char DROP = '\uFFFF';

	private static final char[] ARABIC = arabicTable();
	private static final char[] PRESENTATION = presentationTable();

	private TextNormalizer() {
	}

	public static String normalize(String text) {
		var out = new char[text.length()];
		return new String(out, 0, normalize(text, out));
	}

	/** Writes the normalised text into {@code out} (at least as long as the text); answers its length. */
	public static int normalize(CharSequence text, char[] out) {
		int n = 0;
		char previous = 0;
		int run = 0;
		for (int i = 0, length = text.length(); i < length; i++) {
			char c = map(text.charAt(i));
			if (c == DROP) {
				continue;
			}
			run = c == previous ? run + 1 : 1;
			previous = c;
			if (run > 2 && Character.isLetter(c)) {
				continue;
			}
			out[n++] = c;
		}
		return n;
	}

	static char map(char c) {
		if (c < 0x80) {
			return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
		}
		if (c >= 0x0600 && c <= 0x06FF) {
			return ARABIC[c - 0x0600];
		}
		if (c >= 0x0590 && c <= 0x05FF) {
			return hebrew(c);
		}
		if (c >= 0xFB50 && c <= 0xFEFF) {
			char base = PRESENTATION[c - 0xFB50];
			return base == c ? c : map(base);
		}
		return switch (c) {
			case '\u200C', '\u200D', '\u200E', '\u200F', '\u00AD', '\uFEFF', '\uFE0F', '\uFE0E', '\u2066', '\u2067',
					'\u2068', '\u2069', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E' -> DROP;
			case '\u00A0', '\u202F', '\u2009' -> ' ';
			case '\u2019', '\u2018' -> '\'';
			default -> c < 0x0590 ? Character.toLowerCase(c) : c;
		};
	}

	private static char hebrew(char c) {
		if (c >= 0x0591 && c <= 0x05C7) {
			return switch (c) {
				case '\u05BE' -> '-';
				case '\u05C0', '\u05C3' -> '.';
				case '\u05C6' -> c;
				default -> DROP;
			};
		}
		return switch (c) {
			case '\u05F3' -> '\'';
			case '\u05F4' -> '"';
			default -> c;
		};
	}

	private static char[] arabicTable() {
		var table = new char[0x100];
		for (int i = 0; i < table.length; i++) {
			table[i] = (char) (0x0600 + i);
		}
		drop(table, 0x0610, 0x061A);
		drop(table, 0x064B, 0x065F);
		drop(table, 0x06D6, 0x06ED);
		drop(table, 0x0670, 0x0670);
		drop(table, 0x0640, 0x0640);
		for (int d = 0; d < 10; d++) {
			table[0x60 + d] = (char) ('0' + d);
			table[0xF0 + d] = (char) ('0' + d);
		}
		set(table, 'ی', 'ي', 'ى', 'ئ');
		set(table, 'ک', 'ك');
		set(table, 'ه', 'ة', 'ۀ', 'ە', 'ہ');
		set(table, 'ا', 'أ', 'إ', 'آ', 'ٱ');
		set(table, 'و', 'ؤ');
		set(table, ',', '،');
		set(table, ';', '؛');
		set(table, '?', '؟');
		set(table, '%', '٪');
		return table;
	}

	/** The letter an Arabic presentation form shapes; any other character as it is. */
	static char base(char c) {
		return c >= 0xFB50 && c <= 0xFEFF ? PRESENTATION[c - 0xFB50] : c;
	}

	/** Arabic presentation forms (the shapes old systems stored) to their letters, by Unicode compatibility. */
	private static char[] presentationTable() {
		var table = new char[0xFEFF - 0xFB50 + 1];
		for (int i = 0; i < table.length; i++) {
			char c = (char) (0xFB50 + i);
			var base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
			table[i] = base.length() == 1 && base.charAt(0) >= 0x0600 && base.charAt(0) <= 0x06FF ? base.charAt(0) : c;
		}
		return table;
	}

	private static void drop(char[] table, int from, int to) {
		for (int c = from; c <= to; c++) {
			table[c - 0x0600] = DROP;
		}
	}

	private static void set(char[] table, char to, char... from) {
		for (char c : from) {
			table[c - 0x0600] = to;
		}
	}
}
