package io.tajriba.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message of every bundle exists in every language, and is translated rather than copied from English. */
class MessagesTests {

	/** The bundles, as application.yml names them under spring.messages.basename. */
	static final String[] BUNDLES = { "messages", "sampling", "calibration", "coaching", "reviews", "initiatives",
		"plans", "employees", "pulse", "enps", "ideas", "together", "reports", "shares", "webhooks", "exports", "maturity", "governance" };

	// language names are written in their own language in every bundle
	private static final Set<String> SAME_EVERYWHERE = Set.of("language.en", "language.fa", "language.ar",
			"language.he", "actions.field.nps", "actions.field.csat", "actions.field.ces", "actions.loop.n",
			"goals.metric.nps", "goals.metric.enps");

	@ParameterizedTest
	@ValueSource(strings = { "fa", "ar", "he" })
	void everyMessageIsTranslated(String language) throws IOException {
		for (String bundle : BUNDLES) {
			Properties english = load(bundle + ".properties");
			Properties translated = load(bundle + "_" + language + ".properties");
			assertThat(translated.keySet()).as(bundle + " " + language)
				.containsExactlyInAnyOrderElementsOf(english.keySet());
			for (String key : english.stringPropertyNames()) {
				if (!SAME_EVERYWHERE.contains(key)) {
					assertThat(translated.getProperty(key)).as(bundle + " " + language + " " + key)
						.isNotBlank()
						.isNotEqualTo(english.getProperty(key));
				}
			}
		}
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		try (var in = MessagesTests.class.getResourceAsStream("/application.yml")) {
			String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (String bundle : BUNDLES) {
				assertThat(yml).contains("messages/" + bundle);
			}
		}
	}

	@Test
	void rightToLeftTranslationsAreWrittenInTheirScript() throws IOException {
		assertThat(load("messages_fa.properties").getProperty("login.title")).isEqualTo("ورود");
		assertThat(load("messages_ar.properties").getProperty("login.title")).isEqualTo("تسجيل الدخول");
		assertThat(load("messages_he.properties").getProperty("login.title")).isEqualTo("כניסה");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = MessagesTests.class.getResourceAsStream("/messages/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
