package io.tajriba.browser;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.demo.internal.DemoLoads;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Share links in a browser: an analyst makes one on the share links page and sees its address once; a reader
 * without an account opens it and sees the overview's figures and charts, read only, with no way to the responses;
 * a Persian workspace's link reads right to left, in Persian digits and the Persian calendar, without the comments.
 */
@TajribaTest
class SharePageTests extends ChromiumTest {

	@Autowired
	DemoLoads demo;

	@Autowired
	ObjectMapper mapper;

	@Test
	void anAnalystSharesTheOverviewAndAStrangerReadsIt() {
		Tenant tenant = tenants.create("Share page");
		demo.load(tenant.workspace().id(), 1_200, 11);
		LocalDate today = LocalDate.now();
		String shared;
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/reports/share-links"));
			assertThat(page.isVisible("#no-links")).isTrue();
			page.fill("#from", today.minusDays(365).toString());
			page.fill("#to", today.toString());
			page.fill("#share-password", "");
			page.click("#create-share-link");
			page.waitForSelector("#created-url");
			shared = page.textContent("#created-url").strip();
			assertThat(shared).startsWith(url("/shared/"));
			assertThat(page.locator("tr.share-link").count()).isEqualTo(1);
			assertThat(page.textContent("tr.share-link .status")).contains("active");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("share-links-en.png")));
		}
		String path = shared.substring(shared.indexOf("/shared/"));
		try (var stranger = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = stranger.newPage();
			page.navigate(url(path));
			assertThat(page.textContent("#shared-banner")).contains("Shared view, read only", "expires on");
			assertThat(page.textContent("#metric-nps .value").strip()).matches("-?[0-9.]+");
			assertThat(page.textContent("#metric-nps .ci")).startsWith("[");
			assertThat(page.locator("a").count()).isZero();
			assertThat(page.locator("nav").count()).isZero();
			assertThat(page.locator("form").count()).isZero();
			page.waitForSelector("#chart-trend svg");
			page.waitForSelector("#chart-heat svg");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("shared-en.png")));
			page.navigate(url(path + "?channel=web"));
			assertThat(page.textContent("#shared-refused")).contains("fixed", "channel");
		}
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/reports/share-links"));
			assertThat(page.textContent("tr.share-link .views").strip()).isEqualTo("1");
			page.click("tr.share-link .revoke");
			page.waitForSelector("tr.share-link .status:has-text('revoked')");
			page.navigate(url(path));
			assertThat(page.textContent("#shared-gone")).contains("This link no longer works");
		}
	}

	@Test
	void aPersianWorkspacesLinkReadsRightToLeftInItsCalendarAndDigits() {
		Tenant tenant = tenants.create("اشتراک", "fa", CalendarSystem.PERSIAN);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = mapper.readTree(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body())
			.get("id").asString();
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			String day = LocalDate.now(ZoneOffset.UTC).minusDays(i % 50) + "T10:00:00Z";
			int score = i % 4 == 0 ? 3 : i % 4 == 1 ? 8 : 10;
			rows.append("{\"id\":\"f").append(i).append("\",\"customer\":\"مشتری-پنهان-").append(i)
				.append("\",\"channel\":\"").append(i % 3 == 0 ? "وب" : "تلفن").append("\",\"touchpoint\":\"")
				.append(i % 2 == 0 ? "پرداخت" : "پشتیبانی").append("\",\"submittedAt\":\"").append(day)
				.append("\",\"locale\":\"fa\",\"answers\":{\"nps\":").append(score)
				.append(",\"reason\":\"واژه‌پنهان‌کاسکو شماره ").append(i).append("\"}}\n");
		}
		HttpResponse<String> imported = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				rows.toString());
		assertThat(imported.body()).contains("\"accepted\":60");
		String token = mapper.readTree(key.postJson("/api/v1/share-links", "{}").body()).get("token").asString();
		try (var stranger = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = stranger.newPage();
			page.navigate(url("/shared/" + token));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fa");
			assertThat(page.textContent("#shared-banner")).contains("نمای اشتراکی");
			// 30 promoters, 15 passives, 15 detractors: NPS 25 on 60 answers, in Persian digits
			assertThat(page.textContent("#metric-nps .value").strip()).isEqualTo("۲۵");
			assertThat(page.textContent("#metric-nps .n").strip()).isEqualTo("۶۰");
			// the Persian calendar: the year 14xx
			assertThat(page.textContent("#shared-banner")).containsPattern("۱۴[۰-۹]{2}");
			String html = page.content();
			assertThat(html).doesNotContain("واژه‌پنهان‌کاسکو").doesNotContain("مشتری-پنهان");
			page.waitForSelector("#chart-trend svg");
			page.waitForSelector("#chart-heat svg");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("shared-fa.png")));
		}
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "fa");
			page.navigate(url("/reports/share-links"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("h1")).contains("پیوندهای اشتراک");
			assertThat(page.textContent("tr.share-link .views").strip()).isEqualTo("۱");
			assertThat(page.textContent("tr.share-link .status")).contains("فعال");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("share-links-fa.png")));
		}
	}
}
