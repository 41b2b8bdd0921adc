package io.tajriba.text.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomyTests {

	static Taxonomy.Draft draft(String key, String language, String... words) {
		return new Taxonomy.Draft(key, Map.of(language, Arrays.asList(words)));
	}

	static void refused(List<Taxonomy.Draft> drafts, String field) {
		assertThatThrownBy(() -> Taxonomy.check(drafts, 0))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
	}

	@Test
	void aGoodTaxonomyBecomesThemesWithStrippedKeywords() {
		var themes = Taxonomy.check(List.of(draft("parking", "en", " car park ", "park*"), draft("price", "fa", "قیمت")), 0);
		assertThat(themes).extracting(Theme::key).containsExactly("parking", "price");
		assertThat(themes.getFirst().keywords().get(TextLanguage.EN)).containsExactly("car park", "park*");
		assertThat(Taxonomy.check(List.of(new Taxonomy.Draft("empty", null)), 0).getFirst().keywords()).isEmpty();
	}

	@Test
	void aMissingKeywordIsNamedByItsPlace() {
		refused(List.of(draft("x", "en", (String) null)), "themes[0].keywords.en[0]");
		refused(List.of(draft("ok", "en", "fine"), draft("y", "he", "טוב", null)), "themes[1].keywords.he[1]");
	}

	@Test
	void blankTooLongOrTooManyKeywordsAreRefused() {
		refused(List.of(draft("x", "en", "good", "  ")), "themes[0].keywords.en[1]");
		refused(List.of(draft("x", "en", "*")), "themes[0].keywords.en[0]");
		refused(List.of(draft("x", "ar", "ا".repeat(Taxonomy.LONGEST_KEYWORD + 1))), "themes[0].keywords.ar[0]");
		var many = Collections.nCopies(Taxonomy.MOST_KEYWORDS + 1, "word").toArray(String[]::new);
		refused(List.of(draft("x", "en", many)), "themes[0].keywords.en");
	}

	@Test
	void keysMustBeWellFormedAndUnique() {
		refused(List.of(new Taxonomy.Draft(null, Map.of())), "themes[0].key");
		refused(List.of(draft("Car Park", "en", "car")), "themes[0].key");
		refused(List.of(draft("price", "en", "price"), draft("price", "en", "cost")), "themes[1].key");
		refused(List.of(draft("x", "de", "Preis")), "themes[0].keywords.de");
		var drafts = new ArrayList<Taxonomy.Draft>();
		drafts.add(null);
		refused(drafts, "themes[0]");
	}

	@Test
	void atMostSixtyFourThemes() {
		var drafts = new ArrayList<Taxonomy.Draft>();
		for (int i = 0; i <= Taxonomy.MOST_THEMES; i++) {
			drafts.add(draft("t" + i, "en", "w" + i));
		}
		refused(drafts, "themes");
		assertThat(Taxonomy.check(drafts.subList(0, Taxonomy.MOST_THEMES), 0)).hasSize(Taxonomy.MOST_THEMES);
	}

	@Test
	void aFormNumbersItsRowsFromOne() {
		assertThatThrownBy(() -> Taxonomy.check(List.of(draft("a", "en", "x"), draft("a", "en", "y")), 1))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("themes[2].key"));
	}
}
