package io.tajriba.web.internal;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures in the reader's digits, with no bidi mark that would reorder them inside a left-to-right isolate. */
class NumbersTests {

	final Numbers numbers = new Numbers();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anArabicMinusCarriesNoArabicLetterMark() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
		String figure = numbers.decimal(-60.25, 1);
		assertThat(figure).doesNotContain("\u061C").endsWith("60.2").contains("-");
		assertThat(numbers.count(-3)).doesNotContain("\u061C");
	}

	@Test
	void persianKeepsItsDigits() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
		assertThat(numbers.count(1234)).isEqualTo("۱٬۲۳۴");
	}
}
