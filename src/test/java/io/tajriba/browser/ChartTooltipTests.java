package io.tajriba.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names people type (here touchpoints that look like HTML) reach the overview's heat-map tooltip, which ECharts
 * shows as HTML: they show as the text they are, and make no element.
 */
@TajribaTest
class ChartTooltipTests extends ChromiumTest {

	static final String IMAGE = "<img src=x onerror=window.pwned=1>";
	static final String BOLD = "<b>bold</b>";

	@Test
	void touchpointsLookingLikeHtmlShowAsTextInTheHeatMapTooltip() {
		Tenant tenant = tenants.create("Chart tooltips");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = SurveyPageTests.published(key, "nps-relationship");
		Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		String rows = "";
		for (int i = 0; i < 4; i++) {
			String touchpoint = i % 2 == 0 ? IMAGE : BOLD;
			rows += "{\"id\":\"r" + i + "\",\"channel\":\"web\",\"touchpoint\":\"" + touchpoint + "\",\"submittedAt\":\""
					+ at + "\",\"answers\":{\"nps\":" + (6 + i) + "}}\n";
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows).body())
			.contains("\"accepted\":4");
		LocalDate today = LocalDate.now();
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/?from=" + today.minusDays(30) + "&to=" + today));
			page.waitForSelector("#chart-heat svg");
			for (int cell = 0; cell < 2; cell++) {
				page.evaluate("i => echarts.getInstanceByDom(document.getElementById('chart-heat'))"
						+ ".dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i })", cell);
				page.waitForFunction("() => [...document.querySelectorAll('#chart-heat div')]"
						+ ".some(d => d.innerText.includes('web · '))");
				String shown = (String) page.evaluate("() => [...document.querySelectorAll('#chart-heat div')]"
						+ ".filter(d => d.innerText.includes('web · ')).map(d => d.innerText).pop()");
				assertThat(shown).containsAnyOf("web · " + IMAGE, "web · " + BOLD);
				assertThat(page.locator("#chart-heat b, #chart-heat img").count()).isZero();
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("heat-tooltip.png")));
			assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
		}
	}
}
