package io.tajriba.text;

import java.time.Duration;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.WebClient;
import io.tajriba.text.internal.TextQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts page and the themes view as a signed-in member sees them, in English and in Persian. */
@TajribaTest
class TextPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	TextAnalytics text;

	@Autowired
	TextQueue queue;

	@Test
	void textsShowTheirSentimentEmotionsAndThemesAndFilter() {
		var tenant = tenants.create("Text pages");
		var workspaceId = tenant.workspace().id();
		text.enqueue(workspaceId, "interaction", "i1", "", "The delivery was late and the driver was rude <b>x</b>");
		text.enqueue(workspaceId, "interaction", "i2", "", "Thank you, the staff were wonderful!");
		for (int i = 0; i < 100 && text.result(workspaceId, "interaction", "i2", "").isEmpty()
				|| text.result(workspaceId, "interaction", "i1", "").isEmpty(); i++) {
			queue.drain(Duration.ofSeconds(5));
		}
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var page = owner.get("/text?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("The delivery was late and the driver was rude &lt;b&gt;x&lt;/b&gt;",
				"the staff were wonderful", "negative", "positive", "delivery", "staff");
		var negative = owner.get("/text?sentiment=negative").body();
		assertThat(negative).contains("driver was rude").doesNotContain("staff were wonderful");
		var themes = owner.get("/text/themes?lang=fa");
		assertThat(themes.statusCode()).isEqualTo(200);
		assertThat(themes.body()).contains("dir=\"rtl\"", "موضوع‌ها", "delivery", "“The delivery was late");
		assertThat(owner.get("/text/themes/suggestions").statusCode()).isEqualTo(200);
	}

	@Test
	void aPhraseManyTextsShareThatNoThemeCoversIsSuggestedWithAnEscapedExample() {
		var tenant = tenants.create("Suggestions");
		var workspaceId = tenant.workspace().id();
		String[] texts = { "The parking lot was full again <i>today</i>", "No space in the parking lot at noon",
			"Parking lot too small for a Saturday", "I circled the parking lot for twenty minutes",
			"The parking lot needs more spaces", "Could not find a place in the parking lot" };
		for (int i = 0; i < texts.length; i++) {
			text.enqueue(workspaceId, "interaction", "p" + i, "", texts[i]);
		}
		for (int i = 0; i < 100 && text.result(workspaceId, "interaction", "p5", "").isEmpty(); i++) {
			queue.drain(Duration.ofSeconds(5));
		}
		var owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var suggestions = owner.get("/text/themes/suggestions?lang=en");
		assertThat(suggestions.statusCode()).isEqualTo(200);
		assertThat(suggestions.body()).contains("parking", "add-suggestion").doesNotContain("<i>today</i>");
		assertThat(suggestions.body().toLowerCase(java.util.Locale.ROOT)).contains("parking lot");
	}
}
