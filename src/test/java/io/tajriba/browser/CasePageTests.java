package io.tajriba.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cases inbox and a case page in Persian: a case worked to its resolution with its root cause. */
@TajribaTest
class CasePageTests extends ChromiumTest {

	static final String REVIEW = "سفارشم دیر رسید و پشتیبانی جواب نداد. خیلی عصبانی هستم";

	@Test
	void aCaseIsResolvedWithItsRootCauseInPersian() {
		Tenant tenant = tenants.create("پرونده‌ها", "fa", CalendarSystem.PERSIAN);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		assertThat(key.postJson("/api/v1/alert-rules", """
				{"name":"ناراضی در نظرسنجی رابطه","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "priority":"high"}""").statusCode()).isEqualTo(201);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"fa-1\",\"customer\":\"مریم-۱۲\",\"channel\":\"call_center\",\"touchpoint\":\"IVR billing\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":2,\"improve\":\"%s\"}}\n"
					.formatted(now, REVIEW));
		await().atMost(Duration.ofSeconds(15)).until(() -> key.get("/api/v1/cases").body().contains("\"id\""));
		String caseId = id(key.get("/api/v1/cases").body());

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signIn(page, tenant, "fa");
			assertThat(page.textContent("#unread")).isEqualTo("۱");
			page.navigate(url("/cases"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("#cases")).contains("ناراضی در نظرسنجی رابطه", "مریم-۱۲", "بالا");
			assertThat(page.textContent("#cases .sla")).contains("مانده");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("cases-fa.png")));

			page.click("#cases a");
			page.waitForURL(url("/cases/" + caseId));
			assertThat(page.textContent("#evidence")).contains("NPS 2");
			page.fill("#body", "با مشتری تماس گرفتم و عذرخواهی کردم");
			page.click("#comment-form button");
			page.waitForSelector(".comment");
			assertThat(page.textContent("#timeline")).contains("با مشتری تماس گرفتم");
			// resolving without a root cause is refused, naming it, and the note typed stays
			page.fill("#rootCauseNote", "صورت‌حساب دوبار صادر شده بود");
			page.check("#solved-yes");
			page.click("#resolve-form button[type=submit]");
			page.waitForSelector("#case-error");
			assertThat(page.textContent("#case-error")).contains("rootCause");
			assertThat(page.inputValue("#rootCauseNote")).isEqualTo("صورت‌حساب دوبار صادر شده بود");
			page.selectOption("#rootCause", "payment");
			page.check("#solved-yes");
			page.click("#resolve-form button[type=submit]");
			page.waitForSelector("#case-facts");
			assertThat(page.textContent("#case-status")).isEqualTo("حل‌شده");
			assertThat(page.textContent("#case-facts")).contains("payment", "صورت‌حساب دوبار صادر شده بود", "بله");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("case-fa.png")));

			page.navigate(url("/alert-rules/new?trigger=response"));
			page.fill("#name", "آزمون");
			page.selectOption("select[name=field0]", "nps");
			page.selectOption("select[name=op0]", "lte");
			page.fill("input[name=value0]", "6");
			page.click("#run-backtest");
			page.waitForSelector("#backtest");
			assertThat(page.textContent("#backtest")).contains("۳۰");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("alert-rules-fa.png")));

			page.navigate(url("/loop?lang=en"));
			assertThat(page.textContent("#loop-figures")).contains("Cases opened");
			page.waitForSelector("#chart-weeks svg");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("loop-en.png")));
			page.navigate(url("/settings/service-levels?lang=ar"));
			assertThat(page.inputValue("#day-saturday")).isEqualTo("08:00-16:00");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("service-levels-ar.png")));
			page.navigate(url("/cases?lang=en"));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("cases-en.png")));
		}
	}

	static String id(String json) {
		int at = json.indexOf("\"id\":\"") + 6;
		return json.substring(at, json.indexOf('"', at));
	}
}
