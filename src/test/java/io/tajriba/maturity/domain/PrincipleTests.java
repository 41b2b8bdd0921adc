package io.tajriba.maturity.domain;

import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Principles take four languages and need something to be measured by; a mean score's t interval by hand. */
class PrincipleTests {

	@Test
	void aPrincipleIsReadInTheLanguageAskedElseEnglish() {
		Principle p = new Principle(Map.of("en", " We solve it the first time ", "he", "פותרים בפעם הראשונה"),
				List.of("solve", "solve", "understand"), List.of("use"));
		assertThat(p.in("he")).isEqualTo("פותרים בפעם הראשונה");
		assertThat(p.in("fa")).isEqualTo("We solve it the first time");
		assertThat(p.criteria()).containsExactly("solve", "understand");
	}

	@Test
	void aBadPrincipleNamesItsField() {
		assertThatThrownBy(() -> new Principle(Map.of(), List.of("solve"), List.of()))
			.isInstanceOf(InvalidFieldException.class).hasFieldOrPropertyWithValue("field", "statement");
		assertThatThrownBy(() -> new Principle(Map.of("de", "Wir lösen es"), List.of("solve"), List.of()))
			.hasFieldOrPropertyWithValue("field", "statement.de");
		assertThatThrownBy(() -> new Principle(Map.of("fa", "x".repeat(301)), List.of("solve"), List.of()))
			.hasFieldOrPropertyWithValue("field", "statement.fa");
		assertThatThrownBy(() -> new Principle(Map.of("en", "x"), List.of(), List.of()))
			.hasFieldOrPropertyWithValue("field", "criteria");
		assertThatThrownBy(() -> new Principle(Map.of("en", "x"), List.of("solve", "no spaces"), List.of()))
			.hasFieldOrPropertyWithValue("field", "criteria[1]");
	}

	@Test
	void aMeanScoreHasItsStudentInterval() {
		// 0.5, 0.75, 0.75, 1, 1: mean 0.8, s² = 0.175 / 4 = 0.04375, SE = 0.0935414, t(0.975, 4) = 2.7764451
		ScoreMean m = ScoreMean.of(List.of(0.5, 0.75, 0.75, 1.0, 1.0));
		assertThat(m.value()).isCloseTo(0.8, within(1e-12));
		assertThat(m.low()).isCloseTo(0.8 - 2.7764451 * 0.0935414, within(1e-6));
		assertThat(m.high()).isEqualTo(1);
		assertThat(m.n()).isEqualTo(5);
		assertThat(ScoreMean.of(List.of(0.4))).isEqualTo(new ScoreMean(0.4, 0, 1, 1));
		assertThat(ScoreMean.of(List.of()).hasData()).isFalse();
	}
}
