package io.tajriba.text.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Function words that never start or end a key phrase or a suggested theme. */
public final class Stopwords {

	static final List<String> EN = List.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at",
			"by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "i", "me", "my",
			"we", "our", "you", "your", "he", "she", "it", "its", "they", "them", "their", "this", "that", "these",
			"those", "there", "here", "have", "has", "had", "do", "does", "did", "so", "very", "too", "just", "not",
			"no", "can", "could", "would", "will", "should", "all", "any", "some", "more", "most", "what", "which",
			"who", "when", "where", "why", "how", "than", "then", "also", "again", "about", "after", "before", "up",
			"out", "only", "really", "get", "got", "one", "im", "i'm", "it's", "dont", "don't", "us", "s", "t");

	static final List<String> FA = List.of("و", "در", "به", "از", "که", "این", "آن", "را", "با", "برای", "است", "بود",
			"هست", "شد", "شده", "می", "ها", "های", "هم", "یک", "تا", "بر", "اما", "ولی", "یا", "من", "ما", "شما", "او",
			"اون", "این", "اینکه", "خیلی", "بسیار", "هر", "نه", "چه", "چون", "اگر", "باید", "دیگه", "دیگر", "کرد",
			"کردم", "کنید", "کنم", "بودن", "بودند", "هستند", "نیست", "خود", "همه", "ی", "رو", "هم", "دارد", "داره",
			"واقعا", "کمی", "یه", "ام", "اش");

	static final List<String> AR = List.of("و", "في", "من", "على", "الى", "إلى", "عن", "مع", "ان", "أن", "إن", "كان",
			"كانت", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "انا", "أنا", "نحن", "انت", "أنت", "ما", "لا", "لم",
			"لن", "قد", "كل", "او", "أو", "ثم", "الذي", "التي", "الذين", "كما", "لكن", "بس", "جدا", "جداً", "يا", "عند",
			"به", "بها", "له", "لها", "فيه", "فيها", "اي", "أي", "هناك", "بعد", "قبل", "حتى", "اللي", "ده", "دي", "مش",
			"ليس", "غير", "كثير", "شي", "شيء");

	static final List<String> HE = List.of("של", "את", "על", "עם", "זה", "זו", "זאת", "הוא", "היא", "הם", "הן", "אני",
			"אנחנו", "אתה", "את", "אתם", "לא", "כן", "גם", "רק", "כל", "אבל", "או", "אם", "כי", "יש", "אין", "היה",
			"הייתה", "היו", "מאוד", "כך", "מה", "מי", "איך", "למה", "כמו", "אחרי", "לפני", "עוד", "כבר", "שלי", "שלו",
			"שלה", "שלנו", "לי", "לו", "לה", "לנו", "אותו", "אותה", "בין", "אל", "עד", "ממש", "הכי", "פה", "שם");

	private static final Set<String> NORMALISED = Stream.of(EN, FA, AR, HE).flatMap(List::stream)
		.map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

	private Stopwords() {
	}

	/** Whether a word (as {@link TextNormalizer} writes it) is a function word of one of the four languages. */
	public static boolean contains(String normalisedWord) {
		return NORMALISED.contains(normalisedWord);
	}
}
