package io.tajriba.surveys;

import java.time.Duration;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Written answers and interaction texts reach the text analytics by themselves; a response's page shows each
 * answer's sentiment and emotions once read.
 */
@TajribaTest
class AnswerTextTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Test
	void writtenAnswersAndReviewsAreAnalysedAndShownBesideTheAnswer() {
		Tenant tenant = tenants.create("Answer texts");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = SurveyApiTests.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", """
				{"id":"t1","locale":"en","answers":{"nps":2,"reason":"The delivery was late and the support was not helpful at all."}}
				{"id":"t2","locale":"fa","answers":{"nps":10,"reason":"خیلی عالی بود، ممنون از پشتیبانی خوبتون"}}
				""");
		key.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"rv-1\",\"customer\":\"c-1\",\"type\":\"review\",\"channel\":\"web\",\"occurredAt\":\"2026-03-01T10:00:00Z\","
						+ "\"text\":\"שירות מעולה, ממליץ בחום\"}\n");

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(key.get("/api/v1/text/results?limit=10")
			.body()).contains("The delivery was late", "خیلی عالی بود", "שירות מעולה"));
		String results = key.get("/api/v1/text/results?limit=10").body();
		assertThat(results).contains("\"sentiment\":\"negative\"", "\"sentiment\":\"positive\"", "\"language\":\"he\"");

		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String list = owner.get("/surveys/" + survey + "/responses?question=nps&max=6").body();
		var link = Pattern.compile("href=\"(/surveys/" + survey + "/responses/[0-9a-f-]{36})\"").matcher(list);
		assertThat(link.find()).isTrue();
		String page = owner.get(link.group(1)).body();
		assertThat(page).contains("class=\"small mt-1 analysis\"", ">negative<");
		// another workspace sees none of these texts
		assertThat(WebClient.withKey(port, tenants.create("Answer texts stranger").apiKey())
			.get("/api/v1/text/results?limit=10").body()).doesNotContain("The delivery was late");
	}
}
