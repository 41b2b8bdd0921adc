package io.tajriba.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSimilarityTests {

	@Test
	void persianAndArabicSpellingsOfALetterAreOne() {
		// Arabic yeh and kaf against Persian yeh and kaf; a zero-width non-joiner against none
		assertThat(TextSimilarity.similarity("كيفيت پشتيباني", "کیفیت پشتیبانی")).isEqualTo(1.0);
		assertThat(TextSimilarity.similarity("می\u200Cخواهیم پاسخ سریع", "میخواهیم پاسخ سریع")).isEqualTo(1.0);
		assertThat(TextSimilarity.normalize("ك ي")).isEqualTo("ک ی");
	}

	@Test
	void sharedWordsAndStemsCountFunctionWordsDoNot() {
		double same = TextSimilarity.similarity("Deliver parcels faster", "deliver PARCELS faster!");
		double stems = TextSimilarity.similarity("faster delivery of parcels", "Deliver parcels faster");
		double unrelated = TextSimilarity.similarity("friendlier invoices", "Deliver parcels faster");
		double onlyFunctionWords = TextSimilarity.similarity("the idea of the year", "of the people in the town");
		assertThat(same).isEqualTo(1.0);
		assertThat(stems).isBetween(0.4, 0.99);
		assertThat(unrelated).isLessThan(0.1);
		assertThat(onlyFunctionWords).isLessThan(0.15);
		assertThat(TextSimilarity.similarity("", "anything")).isZero();
		// Hebrew and Arabic words are compared too
		assertThat(TextSimilarity.similarity("שירות מהיר יותר", "שירות מהיר")).isGreaterThan(0.5);
		assertThat(TextSimilarity.similarity("خدمة أسرع للعملاء", "خدمة اسرع")).isGreaterThan(0.5);
	}
}
