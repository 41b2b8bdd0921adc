package io.tajriba.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.demo.internal.DemoLoads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview on a small demo company, in English and Arabic: headline figures with intervals and sample sizes,
 * the charts drawn (right to left in Arabic), the drivers in their planted order, and a drill-down from the
 * detractors to their responses.
 */
@TajribaTest
class OverviewPageTests extends ChromiumTest {

	@Autowired
	DemoLoads demo;

	@Test
	void theOverviewShowsTheFiguresTheirChartsAndTheAnswersBehindThem() {
		Tenant tenant = tenants.create("Overview");
		demo.load(tenant.workspace().id(), 1_200, 11);
		LocalDate today = LocalDate.now();
		String period = "from=" + today.minusDays(365) + "&to=" + today;
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/?" + period));
			assertThat(page.textContent("#metric-nps .n")).matches("[0-9,]+");
			assertThat(page.textContent("#metric-nps .ci")).startsWith("[");
			assertThat(page.textContent("#metric-csat")).contains("Satisfaction");
			assertThat(page.locator("#drivers tr.driver").first().textContent()).contains("customer support");
			page.waitForSelector("#chart-trend svg");
			page.waitForSelector("#chart-heat svg");
			assertThat(page.locator("#chart-drivers svg text").allTextContents()).anyMatch(t -> t.contains("support"));
			assertThat(page.textContent("#roi")).contains("Promoters", "Detractors");
			// time on site (a mean with its interval and n) and shares, beside the other behavioural figures
			assertThat(page.textContent("#kpi-averageTimeOnSite")).contains("Time on site").containsPattern("[0-9,]+ s")
				.containsPattern("n [0-9,]+");
			assertThat(page.textContent("#kpi-shares")).contains("Shares").containsPattern("[0-9]");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("overview-en.png")));

			page.click("#metric-nps .drill-detractors");
			page.waitForSelector("#responses");
			assertThat(page.locator("tr.response").count()).isPositive();
			assertThat(page.locator("tr.response td.score").first().textContent().strip()).matches("[0-6]");

			page.navigate(url("/?lang=ar&" + period));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("#metric-nps h2")).contains("صافي نقاط الترويج");
			page.waitForSelector("#chart-heat svg");
			// the assumptions behind the revenue at stake in the reader's language, by loyalty and by sentiment
			assertThat(page.textContent("#assumptions")).contains("المنتقدون").doesNotContain("detractors");
			assertThat(page.textContent("#kpi-averageTimeOnSite")).contains("متوسط الوقت في الموقع", " ث");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("overview-ar.png")));
			page.click("#roi-by a >> nth=1");
			page.waitForSelector("#roi tr.tier-bottom");
			assertThat(page.textContent("#roi")).contains("سلبيون", "العملاء السلبيون");
			assertThat(page.url()).contains("roi=sentiment");
		}
	}
}
