package io.tajriba.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.demo.internal.DemoLoads;
import io.tajriba.employees.EmployeeFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey map on a small demo company, in English, Hebrew and Persian: stages as columns (right to left in
 * Hebrew and Persian), pain points flagged, charts drawn, sentiment and emotions with their n, a target set through
 * the form and shown against the actual, what counts as a bad experience changed by the owner, the coverage matrix
 * with what to collect, and a customer's path on their 360 page.
 */
@TajribaTest
class JourneyPageTests extends ChromiumTest {

	@Autowired
	DemoLoads demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theJourneyMapAsCxTeamsDrawIt() {
		Tenant tenant = tenants.create("Journey page");
		demo.load(tenant.workspace().id(), 1_500, 5);
		// the demo's three kinds of customer as personas, for the online and offline comparison
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		for (String persona : List.of("""
				{"name":"Soraya, store loyalist","priority":1,"rule":[
				 {"field":"channelShare.store","op":"gte","values":["0.25"]},{"field":"avgOrder","op":"gte","values":["40"]}]}""",
				"""
				{"name":"Dana, digital regular","priority":2,"rule":[
				 {"field":"channelShare.app","op":"gte","values":["0.15"]}]}""",
				"""
				{"name":"Ben, bargain hunter","priority":3,"rule":[
				 {"field":"avgOrder","op":"lte","values":["45"]},{"field":"purchases","op":"gte","values":["1"]}]}""")) {
			assertThat(key.postJson("/api/v1/personas", persona).statusCode()).isEqualTo(201);
		}
		LocalDate today = LocalDate.now();
		String period = "from=" + today.minusDays(400) + "&to=" + today.plusDays(1);
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1500, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/journeys?" + period));
			assertThat(page.locator("#journey-map th.stage").count()).isEqualTo(7);
			assertThat(page.textContent("#stage-awareness")).contains("Awareness");
			assertThat(page.locator("#journey-map li.pain").count()).isPositive();
			assertThat(page.locator("#pain-points tr.pain-point").first().textContent())
				.containsAnyOf("IVR billing", "checkout", "branch Shiraz-1");
			assertThat(page.locator("#coverage td[data-status=gap]").count()).isPositive();
			assertThat(page.textContent("#recommendations")).contains("Ask the employees who serve");
			assertThat(page.textContent("#recommendations")).contains("Ask the employees who serve Use");
			// the employees serving Use answer a pulse: the advice for Use goes, the one for Action stays
			EmployeeFixtures employees = new EmployeeFixtures(jdbc);
			employees.team(tenant.workspace().id(), "Counter", "Service", "use");
			UUID wave = employees.wave(tenant.workspace().id(), Instant.now().minus(Duration.ofDays(20)));
			for (int i = 0; i < 30; i++) {
				employees.answer(tenant.workspace().id(), wave, "Counter", "Service", null, today.minusDays(10), 8,
						Map.of(), null);
			}
			page.navigate(url("/journeys?" + period));
			assertThat(page.textContent("#recommendations")).doesNotContain("Ask the employees who serve Use")
				.contains("Ask the employees who serve Action");
			page.waitForSelector("#chart-emotion svg");
			page.waitForSelector("#chart-flow svg");
			page.waitForSelector("#chart-segments svg");
			// the sentiment of each stage and the emotions under the curve say how many texts and picks they rest on
			assertThat(page.locator("#journey-map .row-kpis .sentiment-n").first().textContent()).startsWith("n ");
			assertThat(page.locator("#journey-map .row-feelings .feelings-n").count()).isEqualTo(7);
			assertThat(page.textContent("#bad-experiences")).contains("dissatisfied survey answer");
			assertThat(page.isChecked("#dissatisfiedAnswers")).isTrue();

			// the owners and initiatives are loaded into the page after it: the forms below them move once they are in
			settled(page);
			page.fill("#csatPercent-action", "85");
			page.waitForNavigation(() -> page.click("#edit-action button[type=submit]"));
			settled(page);
			page.fill("#conversionPercent-discovery", "40");
			page.waitForNavigation(() -> page.click("#edit-discovery button[type=submit]"));
			assertThat(page.textContent(".alert-success")).contains("Saved");
			assertThat(page.locator("#journey-map .row-kpis .target").count()).isEqualTo(2);
			assertThat(page.locator("#journey-map .row-kpis .target").allTextContents())
				.anyMatch(t -> t.contains("CSAT") && t.contains("/ 85"));
			page.navigate(url("/journeys?" + period));
			page.waitForSelector("#chart-emotion svg");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("journey-en.png")));

			page.navigate(url("/journeys?lang=he&" + period));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("#stage-awareness")).contains("מודעות");
			// the journey starts on the right and flows to the left
			assertThat(page.locator("#stage-awareness").boundingBox().x)
				.isGreaterThan(page.locator("#stage-advocacy").boundingBox().x);
			page.waitForSelector("#chart-emotion svg");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("journey-he.png")));

			page.navigate(url("/journeys?lang=fa&" + period));
			assertThat(page.textContent("#bad-experiences")).contains("تجربه بد");
			page.waitForSelector("#chart-emotion svg");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("journey-fa.png")));

			// an owner turns negative texts off: the box stays unticked, and on again
			page.navigate(url("/journeys?lang=en&" + period));
			page.uncheck("#negativeTexts");
			page.waitForNavigation(() -> page.click("#bad-experience-settings button[type=submit]"));
			assertThat(page.isChecked("#negativeTexts")).isFalse();
			assertThat(page.isChecked("#dissatisfiedAnswers")).isTrue();
			page.check("#negativeTexts");
			page.waitForNavigation(() -> page.click("#bad-experience-settings button[type=submit]"));
			assertThat(page.isChecked("#negativeTexts")).isTrue();

			page.navigate(url("/customers?lang=en"));
			page.click("table a[href^='/customers/']");
			page.waitForSelector("#journey-path");
			assertThat(page.locator("#journey-path li.visit").count()).isPositive();
		}
	}

	static void settled(Page page) {
		page.waitForSelector("#owners-on-journey");
		page.waitForSelector("#initiatives-on-journey");
	}
}
