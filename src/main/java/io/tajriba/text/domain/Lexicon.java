package io.tajriba.text.domain;

import java.util.List;

/**
 * The few function words per language that the features treat specially: negators (which turn the polarity of
 * the words after them), intensifiers (which strengthen the next word), contrast words (which end a negation's
 * scope) and stop words (which end a key phrase). All words are given unnormalised, as people write them.
 */
public record Lexicon(WordSet negators, WordSet intensifiers, WordSet contrasts, WordSet stopWords,
		boolean intensifiersFollow) {

	/** Arabic and Hebrew put intensifiers after the word as often as before it. */
	Lexicon(WordSet negators, WordSet intensifiers, WordSet contrasts, WordSet stopWords) {
		this(negators, intensifiers, contrasts, stopWords, false);
	}

	public static Lexicon of(TextLanguage language) {
		return switch (language) {
			case EN -> new Lexicon(set("not", "no", "never", "nothing", "nobody", "none", "neither", "nor",
					"without", "hardly", "barely", "cannot", "can't", "cant", "don't", "dont", "doesn't", "doesnt",
					"didn't", "didnt", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "weren't", "won't",
					"wont", "wouldn't", "wouldnt", "shouldn't", "couldn't", "couldnt", "haven't", "hasn't", "hadn't",
					"ain't", "lack", "lacks"),
					set("very", "really", "so", "too", "extremely", "super", "totally", "absolutely", "highly",
							"incredibly", "quite", "most", "completely", "utterly", "truly"),
					set("but", "however", "although", "though", "yet", "except"), set(Stopwords.EN));
			case FA -> new Lexicon(set("نه", "نا", "بدون", "هیچ", "اصلا", "اصلاً", "نیست", "نبود", "نیستند",
					"نداره", "ندارد", "نداشت", "نمی", "هرگز", "بی", "غیر"),
					set("خیلی", "بسیار", "واقعا", "واقعاً", "کاملا", "کاملاً", "فوق", "العاده", "شدیدا", "بینهایت",
							"خیلیییی", "اینقدر", "انقدر", "زیادی", "فوق‌العاده", "چقدر", "بیش"),
					set("اما", "ولی", "ولیکن", "لیکن", "هرچند", "البته"), set(Stopwords.FA));
			case AR -> new Lexicon(set("لا", "ليس", "ليست", "لست", "لسنا", "غير", "لم", "لن", "بدون", "دون", "مش",
					"مو", "مب", "ماهو", "ماهي", "مافي", "ابدا", "أبدا", "أبداً", "بلا", "عدم", "ولا"),
					set("جدا", "جداً", "كثير", "كثيرا", "كثيراً", "للغاية", "مره", "مرة", "اوي", "قوي", "جامد", "تماما",
							"حقا", "اكثر", "أكثر", "أشد", "جدًا"),
					set("لكن", "لكنه", "ولكن", "بس", "الا", "إلا", "رغم"), set(Stopwords.AR), true);
			case HE -> new Lexicon(set("לא", "אין", "בלי", "אף", "אינו", "אינה", "אינם", "אינני", "מעולם", "ללא",
					"שום"),
					set("מאוד", "ממש", "כך", "הכי", "לגמרי", "באמת", "נורא", "מדי", "יותר", "במיוחד", "לחלוטין",
							"סופר"),
					set("אבל", "אך", "אולם", "למרות", "רק"), set(Stopwords.HE), true);
		};
	}

	private static WordSet set(String... words) {
		return new WordSet(List.of(words));
	}

	private static WordSet set(List<String> words) {
		return new WordSet(words);
	}
}
