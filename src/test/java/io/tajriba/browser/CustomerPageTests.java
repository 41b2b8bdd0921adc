package io.tajriba.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The customer 360 page with its feedback, NPS history, cases and the sentiment on its timeline, in English and Persian. */
@TajribaTest
class CustomerPageTests extends ChromiumTest {

	@Test
	void theFeedbackAndCasesCardsInEnglishAndPersian() {
		Tenant tenant = tenants.create("بازخورد", "fa", CalendarSystem.PERSIAN);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = id(key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"نظرسنجی رابطه\"}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		assertThat(key.postJson("/api/v1/alert-rules", """
				{"name":"ناراضی","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],"priority":"urgent"}""")
			.statusCode()).isEqualTo(201);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"fa-review","customer":"سارا-۷","type":"review","channel":"web","occurredAt":"%s","text":"بسته خراب رسید و هیچ‌کس جواب نداد. خیلی عصبانی هستم"}
				""".formatted(now.minus(Duration.ofDays(5))));
		int[] scores = { 10, 8, 6, 3 };
		String[] reasons = { "Wonderful service, the agent was very kind", "خوب بود ولی قیمت‌ها بالاست",
				"The delivery was late again", "پرداخت دو بار <b>خطا</b> داد و خیلی کند بود" };
		for (int i = 0; i < scores.length; i++) {
			key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
					"{\"id\":\"r%d\",\"customer\":\"سارا-۷\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":%d,\"reason\":\"%s\",\"feeling\":[\"%s\"]}}\n"
						.formatted(i, now.minus(Duration.ofDays(40L * (scores.length - 1 - i))).minus(Duration.ofHours(1)), scores[i], reasons[i],
								scores[i] > 6 ? "satisfied" : "frustrated"));
		}
		String customer = id(key.get("/api/v1/customers/" + java.net.URLEncoder.encode("سارا-۷",
				java.nio.charset.StandardCharsets.UTF_8)).body());
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			String html = owner.get("/surveys/customer/" + customer).body();
			return html.contains("feedback-response") && !html.contains("not-analysed");
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> key.get("/api/v1/cases").body().contains("\"id\""));

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			for (String language : List.of("en", "fa")) {
				page.navigate(url("/customers/" + customer + "?lang=" + language));
				page.waitForSelector("#feedback-answers");
				page.waitForSelector("#customer-cases-list");
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				assertThat(page.locator(".feedback-response").count()).isEqualTo(4);
				assertThat(page.locator(".nps-point").count()).isEqualTo(4);
				assertThat(page.locator(".open-answer .sentiment").count()).isEqualTo(4);
				assertThat(page.textContent("#feedback-answers")).contains("<b>خطا</b>", "نظرسنجی رابطه");
				assertThat(page.locator(".customer-case").count()).isEqualTo(1);
				assertThat(page.locator(".customer-case .sla").count()).isEqualTo(1);
				assertThat(page.locator(".timeline-reading .sentiment").count()).isEqualTo(1);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("customer-feedback-" + language + ".png")));
			}
			assertThat(page.textContent("#nps-history")).contains("۱۰");
		}
	}

	private static String id(String json) {
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return m.group(1);
	}
}
