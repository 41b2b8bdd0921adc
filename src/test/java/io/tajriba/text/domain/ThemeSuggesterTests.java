package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeSuggesterTests {

	private final ThemeMatcher taxonomy = new ThemeMatcher(DefaultThemes.themes());

	@Test
	void frequentUncoveredPhrasesBecomeSuggestions() {
		var texts = new ArrayList<String>();
		for (int i = 0; i < 6; i++) {
			texts.add("the parking lot was full again " + i);
			texts.add("no parking lot near the entrance " + i);
		}
		texts.add("the delivery was late");
		texts.add("the delivery was late again");
		texts.add("great music");
		var suggestions = new ThemeSuggester(3, 5).suggest(texts, TextLanguage.EN, taxonomy);
		assertThat(suggestions).isNotEmpty();
		var first = suggestions.getFirst();
		assertThat(first.phrases()).contains("parking lot");
		assertThat(first.texts()).isEqualTo(12);
		assertThat(suggestions).noneMatch(s -> s.phrases().contains("delivery"));
		assertThat(suggestions).noneMatch(s -> s.phrases().contains("music"));
	}

	@Test
	void phrasesThatAppearTogetherFormOneSuggestion() {
		var texts = List.of("loyalty points vanished", "loyalty points expired", "my loyalty account and points",
				"points from the loyalty account", "fitting room closed", "fitting room tiny", "no fitting room");
		var suggestions = new ThemeSuggester(3, 5).suggest(texts, TextLanguage.EN, taxonomy);
		assertThat(suggestions).extracting(ThemeSuggester.Suggestion::name).contains("loyalty", "fitting");
		var loyalty = suggestions.stream().filter(s -> s.name().equals("loyalty")).findFirst().orElseThrow();
		assertThat(loyalty.phrases()).contains("points");
		assertThat(loyalty.texts()).isEqualTo(4);
	}
}
