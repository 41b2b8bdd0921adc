package io.tajriba.text.domain;

import java.util.List;

/**
 * Persian against Arabic by their commonest short words, for texts whose letters do not decide: most of those
 * hold a «است» or «را», or a «على», «هذا» or a word with the article «ال». Counting them is a hundred times
 * cheaper than asking Lingua, which is left the texts where even these do not decide.
 */
final class FunctionWords {

	private static final WordSet PERSIAN = new WordSet(List.of("است", "را", "از", "با", "بود", "شد",
			"نه", "اما", "اون", "تا", "بر", "شده", "بودم", "بودن", "هستم", "نبود", "داره", "دارد", "هست", "رو",
			"خوب", "بد", "عالی", "سفارش", "غذا", "ارسال", "این", "که", "خیلی", "می", "یه", "نیست", "همین", "فقط"));
	private static final WordSet ARABIC = new WordSet(List.of("على", "ان", "أن", "إن", "الى", "إلى", "هذا", "هذه",
			"مع", "عن", "لا", "لم", "لن", "قد", "هو", "جدا", "انا", "أنا", "ده", "دا", "بس", "ذلك", "كان",
			"فى", "اللي", "مش", "الله", "يا", "ولا", "انه", "أنه", "في", "التي", "الذي", "كل", "لكن",
			"ليش", "ايش", "الي"));

	private FunctionWords() {
	}

	/** Persian words minus Arabic words (words with the article count as Arabic). */
	static int vote(String text) {
		int vote = 0;
		int i = 0;
		int n = text.length();
		while (i < n) {
			while (i < n && !isArabicLetter(text.charAt(i))) {
				i++;
			}
			int start = i;
			long h = Hashing.OFFSET;
			while (i < n && isArabicLetter(text.charAt(i))) {
				char c = TextNormalizer.map(text.charAt(i));
				if (c != '\uFFFF') {
					h = Hashing.step(h, c);
				}
				i++;
			}
			if (i > start) {
				vote += PERSIAN.contains(h) ? 1 : ARABIC.contains(h) || article(text, start, i) ? -1 : 0;
			}
		}
		return vote;
	}

	private static boolean article(String text, int start, int end) {
		return end - start >= 4 && text.charAt(start) == 'ا' && text.charAt(start + 1) == 'ل';
	}

	private static boolean isArabicLetter(char c) {
		return c >= 0x0620 && c <= 0x06D3 || c >= 0x064B && c <= 0x065F || c >= 0xFB50 && c <= 0xFEFC;
	}
}
