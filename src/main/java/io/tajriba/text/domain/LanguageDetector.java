package io.tajriba.text.domain;

import java.util.Set;

/**
 * The language of a text among those a workspace uses. Scripts decide at once: Hebrew letters mean Hebrew,
 * Latin letters English. Persian and Arabic share a script, so letters only one of them uses decide (پ چ ژ گ
 * against ة); then their commonest short words ({@link FunctionWords}); then the yeh and kaf forms of their
 * keyboards (ی ک against ي ى ك); when none of these decides, the resolver (Lingua) is asked, and for a text too short even for it,
 * Persian or Arabic is whichever of the two comes first in the workspace's languages.
 */
public final class LanguageDetector {

	private final ArabicScriptResolver resolver;

	public LanguageDetector(ArabicScriptResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * @param languages the workspace's languages, in order of preference (the first is the default for texts
	 * without letters); never empty
	 */
	public TextLanguage detect(String text, Set<TextLanguage> languages) {
		var counts = new ScriptCounts(text);
		var dominant = counts.byDominance();
		for (var script : dominant) {
			if (script == Script.ARABIC) {
				var arabic = arabicScript(text, counts, languages);
				if (arabic != null) {
					return arabic;
				}
			} else if (script != Script.NONE && languages.contains(script.language)) {
				return script.language;
			}
		}
		return languages.iterator().next();
	}

	private TextLanguage arabicScript(String text, ScriptCounts counts, Set<TextLanguage> languages) {
		boolean fa = languages.contains(TextLanguage.FA);
		boolean ar = languages.contains(TextLanguage.AR);
		if (fa != ar) {
			return fa ? TextLanguage.FA : TextLanguage.AR;
		}
		if (!fa) {
			return null;
		}
		// پ چ ژ گ are Persian's own and ة is Arabic's; the yeh and kaf forms depend on the keyboard more than on
		// the language, so they count only after the common words.
		if (counts.persian > 0 && counts.arabicOnly == 0) {
			return TextLanguage.FA;
		}
		if (counts.arabicOnly > 0 && counts.persian == 0) {
			return TextLanguage.AR;
		}
		int vote = FunctionWords.vote(text);
		if (vote != 0) {
			return vote > 0 ? TextLanguage.FA : TextLanguage.AR;
		}
		if (counts.persianKeyboard >= 3 * counts.arabicKeyboard + 1) {
			return TextLanguage.FA;
		}
		if (counts.arabicKeyboard >= 3 * counts.persianKeyboard + 1) {
			return TextLanguage.AR;
		}
		return resolver.resolve(text).orElseGet(() -> firstArabicScript(languages));
	}

	private static TextLanguage firstArabicScript(Set<TextLanguage> languages) {
		for (var language : languages) {
			if (language.arabicScript()) {
				return language;
			}
		}
		return TextLanguage.FA;
	}

	enum Script {
		LATIN(TextLanguage.EN), HEBREW(TextLanguage.HE), ARABIC(null), NONE(null);

		final TextLanguage language;

		Script(TextLanguage language) {
			this.language = language;
		}
	}

	/** Letters per script, and the letters that only Persian or only Arabic uses. */
	static final class ScriptCounts {

		int latin;
		int hebrew;
		int arabic;
		int persian;
		int arabicOnly;
		int persianKeyboard;
		int arabicKeyboard;

		ScriptCounts(String text) {
			for (int i = 0, n = text.length(); i < n; i++) {
				count(text.charAt(i));
			}
		}

		private void count(char c) {
			if (c < 0x80) {
				if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
					latin++;
				}
			} else if (c >= 0x05D0 && c <= 0x05EA) {
				hebrew++;
			} else if (c >= 0x0620 && c <= 0x06D3) {
				arabic++;
				switch (c) {
					case 'پ', 'چ', 'ژ', 'گ' -> persian++;
					case 'ة' -> arabicOnly++;
					case 'ک', 'ی' -> persianKeyboard++;
					case 'ى', 'ي', 'ك', 'إ', 'أ' -> arabicKeyboard++;
					default -> {
					}
				}
			} else if (c >= 0xFB50 && c <= 0xFEFC && TextNormalizer.base(c) != c) {
				count(TextNormalizer.base(c));
			} else if (c >= 0xC0 && c <= 0x24F && Character.isLetter(c)) {
				latin++;
			}
		}

		Script[] byDominance() {
			var scripts = new Script[] { Script.ARABIC, Script.HEBREW, Script.LATIN };
			java.util.Arrays.sort(scripts, (a, b) -> Integer.compare(count(b), count(a)));
			for (int i = 0; i < scripts.length; i++) {
				if (count(scripts[i]) == 0) {
					scripts[i] = Script.NONE;
				}
			}
			return scripts;
		}

		private int count(Script script) {
			return switch (script) {
				case LATIN -> latin;
				case HEBREW -> hebrew;
				case ARABIC -> arabic;
				case NONE -> 0;
			};
		}
	}
}
