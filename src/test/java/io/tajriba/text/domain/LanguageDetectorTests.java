package io.tajriba.text.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.tajriba.text.domain.TextLanguage.AR;
import static io.tajriba.text.domain.TextLanguage.EN;
import static io.tajriba.text.domain.TextLanguage.FA;
import static io.tajriba.text.domain.TextLanguage.HE;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTests {

	private static final Set<TextLanguage> ALL = EnumSet.allOf(TextLanguage.class);

	private final LanguageDetector detector = new LanguageDetector(ArabicScriptResolver.none());

	@Test
	void scriptsDecideHebrewAndEnglish() {
		assertThat(detector.detect("השירות היה מצוין", ALL)).isEqualTo(HE);
		assertThat(detector.detect("The delivery was late", ALL)).isEqualTo(EN);
	}

	@Test
	void persianOnlyLettersDecidePersian() {
		assertThat(detector.detect("پیک خیلی دیر رسید", ALL)).isEqualTo(FA);
		assertThat(detector.detect("کیفیت غذا خوب بود", ALL)).isEqualTo(FA);
	}

	@Test
	void arabicOnlyLettersDecideArabic() {
		assertThat(detector.detect("الخدمة ممتازة جدا", ALL)).isEqualTo(AR);
		assertThat(detector.detect("التوصيل كان سريع", ALL)).isEqualTo(AR);
	}

	@Test
	void commonWordsDecideWhenLettersDoNot() {
		assertThat(detector.detect("دوربينش هم که فوق العاده است", ALL)).isEqualTo(FA);
		assertThat(detector.detect("انا مش فاهم هذا الموضوع", ALL)).isEqualTo(AR);
	}

	@Test
	void presentationFormsCountAsArabicScript() {
		assertThat(detector.detect("ﻭﺯﻳﺮ ﺍﻟﺨﺎﺭﺟﻴﺔ https://t.co/x", ALL)).isEqualTo(AR);
	}

	@Test
	void ambiguousArabicScriptAsksTheResolver() {
		var asked = new LanguageDetector(text -> Optional.of(AR));
		assertThat(asked.detect("سلام", ALL)).isEqualTo(AR);
		// Without an answer, the first Arabic-script language of the workspace.
		assertThat(detector.detect("سلام", new LinkedHashSet<>(List.of(EN, AR, FA)))).isEqualTo(AR);
	}

	@Test
	void linguaTellsPersianFromArabicWithoutTellingLetters() {
		var lingua = new LanguageDetector(new LinguaResolver());
		assertThat(lingua.detect("از خرید خود راضی هستم و دوباره سفارش می دهم", ALL)).isEqualTo(FA);
	}

	@Test
	void mixedScriptsGoToTheDominantOne() {
		assertThat(detector.detect("اپلیکیشن Snapp خیلی کند است", ALL)).isEqualTo(FA);
		assertThat(detector.detect("I ordered from دیجی‌کالا and it was great", ALL)).isEqualTo(EN);
	}

	@Test
	void onlyTheWorkspaceLanguagesAreAnswered() {
		assertThat(detector.detect("الخدمة ممتازة", EnumSet.of(FA, EN))).isEqualTo(FA);
		assertThat(detector.detect("great service", EnumSet.of(HE))).isEqualTo(HE);
	}

	@Test
	void textsWithoutLettersGetTheFirstLanguage() {
		assertThat(detector.detect("👍👍 10/10", new LinkedHashSet<>(List.of(HE, EN)))).isEqualTo(HE);
	}
}
