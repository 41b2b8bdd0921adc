package io.tajriba.web.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutInterceptorTests {

	@Test
	void switchingTheLanguageKeepsThePagesFiltersButNotItsLanguage() {
		assertThat(LayoutInterceptor.queryWithoutLanguage(null)).isEqualTo("?");
		assertThat(LayoutInterceptor.queryWithoutLanguage("lang=fa")).isEqualTo("?");
		assertThat(LayoutInterceptor.queryWithoutLanguage("from=2026-03-01&lang=fa&customer=a%40b.com"))
			.isEqualTo("?from=2026-03-01&customer=a%40b.com&");
		assertThat(LayoutInterceptor.queryWithoutLanguage("language=x&lang")).isEqualTo("?language=x&");
	}
}
