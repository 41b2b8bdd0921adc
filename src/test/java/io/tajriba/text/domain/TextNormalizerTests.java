package io.tajriba.text.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	@Test
	void unifiesArabicAndPersianYehAndKaf() {
		assertThat(TextNormalizer.normalize("كيف")).isEqualTo(TextNormalizer.normalize("کیف")).isEqualTo("کیف");
		assertThat(TextNormalizer.normalize("على")).isEqualTo("علی");
	}

	@Test
	void tehMarbutaAndHehFormsBecomeHeh() {
		assertThat(TextNormalizer.normalize("جودة")).isEqualTo("جوده");
		assertThat(TextNormalizer.normalize("خانۀ")).isEqualTo("خانه");
	}

	@Test
	void hamzaFormsOfAlefAndWawAreUnified() {
		assertThat(TextNormalizer.normalize("أسعار إرجاع آخر")).isEqualTo("اسعار ارجاع اخر");
		assertThat(TextNormalizer.normalize("مسؤول")).isEqualTo("مسوول");
	}

	@Test
	void removesHarakatAndTatweel() {
		assertThat(TextNormalizer.normalize("جَمِيلٌ")).isEqualTo("جمیل");
		assertThat(TextNormalizer.normalize("عـــالی")).isEqualTo("عالی");
	}

	@Test
	void zeroWidthNonJoinerJoinsThePersianPrefix() {
		assertThat(TextNormalizer.normalize("می\u200Cخواهم")).isEqualTo("میخواهم");
	}

	@Test
	void persianAndArabicDigitsBecomeAscii() {
		assertThat(TextNormalizer.normalize("۱۲۳ و ٤٥٦")).isEqualTo("123 و 456");
	}

	@Test
	void arabicPunctuationBecomesAscii() {
		assertThat(TextNormalizer.normalize("چرا؟ خوب، بد؛")).isEqualTo("چرا? خوب, بد;");
	}

	@Test
	void hebrewNiqqudIsRemovedAndGershayimBecomeQuotes() {
		assertThat(TextNormalizer.normalize("שָׁלוֹם")).isEqualTo("שלום");
		assertThat(TextNormalizer.normalize("צה״ל בע׳")).isEqualTo("צה\"ל בע'");
		assertThat(TextNormalizer.normalize("בית־ספר")).isEqualTo("בית-ספר");
	}

	@Test
	void latinIsLowerCased() {
		assertThat(TextNormalizer.normalize("Great SERVICE")).isEqualTo("great service");
	}

	@Test
	void elongatedLettersAreKeptTwice() {
		assertThat(TextNormalizer.normalize("goooood")).isEqualTo("good");
		assertThat(TextNormalizer.normalize("عاااالی")).isEqualTo("عاالی");
		assertThat(TextNormalizer.normalize("!!!!")).isEqualTo("!!!!");
	}

	@Test
	void emojiAreKept() {
		assertThat(TextNormalizer.normalize("Love it 😍👍")).isEqualTo("love it 😍👍");
	}

	@Test
	void arabicPresentationFormsBecomeLetters() {
		assertThat(TextNormalizer.normalize("ﻭﺯﻳﺮ ﺍﻟﺨﺎﺭﺟﻴﺔ")).isEqualTo("وزیر الخارجیه");
	}

	@Test
	void directionMarksAreRemoved() {
		assertThat(TextNormalizer.normalize("\u200Fسلام\u200E")).isEqualTo("سلام");
	}
}
