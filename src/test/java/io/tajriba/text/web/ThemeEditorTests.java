package io.tajriba.text.web;

import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.Theme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeEditorTests {

	@Test
	void keywordsComeOnePerLineOrSeparatedByCommasInAnyScript() {
		List<Theme> themes = ThemeEditor.themes(List.of(new ThemeEditor.Row("parking", Map.of("en", "parking, car park\r\n",
				"fa", "پارکینگ\nجای پارک\n\n", "ar", "موقف السيارات،مواقف", "he", ""))));
		assertThat(themes).hasSize(1);
		assertThat(themes.getFirst().keywords().get(TextLanguage.EN)).containsExactly("parking", "car park");
		assertThat(themes.getFirst().keywords().get(TextLanguage.FA)).containsExactly("پارکینگ", "جای پارک");
		assertThat(themes.getFirst().keywords().get(TextLanguage.AR)).containsExactly("موقف السيارات", "مواقف");
		assertThat(themes.getFirst().keywords()).doesNotContainKey(TextLanguage.HE);
	}

	@Test
	void aBadOrRepeatedKeyIsRefusedNamingItsRow() {
		var ok = new ThemeEditor.Row("price", Map.of());
		assertThatThrownBy(() -> ThemeEditor.themes(List.of(ok, new ThemeEditor.Row("Car Park", Map.of()))))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("themes[2].key"));
		assertThatThrownBy(() -> ThemeEditor.themes(List.of(ok, ok)))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("themes[2].key"));
	}

	@Test
	void aKeywordTooLongIsRefusedAsTheApiRefusesIt() {
		var row = new ThemeEditor.Row("parking", Map.of("en", "car park\n" + "p".repeat(61)));
		assertThatThrownBy(() -> ThemeEditor.themes(List.of(row))).isInstanceOfSatisfying(InvalidFieldException.class,
				e -> assertThat(e.field()).isEqualTo("themes[1].keywords.en[1]"));
	}
}
