package io.tajriba.text.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeMatcherTests {

	private final ThemeMatcher themes = new ThemeMatcher(DefaultThemes.themes());

	private List<String> match(String text, TextLanguage language) {
		return themes.match(new Tokens().read(text), language);
	}

	@Test
	void findsThemesByWordsAndWordStartsInEachLanguage() {
		assertThat(match("The delivery was late and the price too high", TextLanguage.EN))
			.containsExactly("delivery", "price", "waiting_time");
		assertThat(match("پیک خیلی دیر رسید و قیمتش گران بود", TextLanguage.FA))
			.contains("delivery", "price", "waiting_time");
		assertThat(match("השליח איחר והמחיר יקר", TextLanguage.HE)).contains("delivery", "price", "waiting_time");
	}

	@Test
	void arabicArticleAndConjunctionsAreStripped() {
		assertThat(match("والتوصيل بطيء والأسعار غالية", TextLanguage.AR)).contains("delivery", "price", "waiting_time");
	}

	@Test
	void hebrewPrefixesAreStripped() {
		assertThat(match("והמשלוח הגיע", TextLanguage.HE)).containsExactly("delivery");
	}

	@Test
	void twoWordKeywordsMatchAsAPhrase() {
		var matcher = new ThemeMatcher(List.of(new Theme("support", Map.of(TextLanguage.EN, List.of("customer service")))));
		assertThat(matcher.match(new Tokens().read("Customer service never answered"), TextLanguage.EN))
			.containsExactly("support");
		assertThat(matcher.match(new Tokens().read("service for the customer"), TextLanguage.EN)).isEmpty();
	}

	@Test
	void keywordsAreMatchedOnNormalisedText() {
		var matcher = new ThemeMatcher(List.of(new Theme("quality", Map.of(TextLanguage.AR, List.of("جودة")))));
		assertThat(matcher.match(new Tokens().read("الجوده ممتازه"), TextLanguage.AR)).containsExactly("quality");
	}

	@Test
	void aTextWithoutKeywordsHasNoTheme() {
		assertThat(match("Thank you", TextLanguage.EN)).isEmpty();
	}
}
