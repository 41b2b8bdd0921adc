package io.tajriba.text.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPhrasesTests {

	private static List<String> phrases(String text, TextLanguage language) {
		return KeyPhrases.of(new Tokens().read(text), Lexicon.of(language), 3);
	}

	@Test
	void contentWordsBetweenStopWordsArePhrases() {
		assertThat(phrases("The delivery driver was rude and the food arrived cold", TextLanguage.EN))
			.contains("delivery driver", "food arrived cold");
	}

	@Test
	void phrasesInPersianArabicAndHebrew() {
		assertThat(phrases("کیفیت غذا عالی بود ولی ارسال با تاخیر بود", TextLanguage.FA)).contains("کیفیت غذا عالی");
		assertThat(phrases("خدمه العملاء ممتازه في هذا المطعم", TextLanguage.AR)).contains("خدمه العملاء ممتازه");
		assertThat(phrases("השירות של הצוות היה איטי", TextLanguage.HE)).contains("השירות", "הצוות");
	}

	@Test
	void stopWordsNegatorsAndNumbersAreNotPhrases() {
		assertThat(phrases("it is not 10 of them", TextLanguage.EN)).isEmpty();
	}

	@Test
	void atMostTheLimitBestFirst() {
		var phrases = phrases("slow checkout page, broken search filter, rude store staff, long queue", TextLanguage.EN);
		assertThat(phrases).hasSize(3);
	}
}
