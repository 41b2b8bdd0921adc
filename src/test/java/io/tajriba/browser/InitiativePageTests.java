package io.tajriba.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.actions.InitiativeFixture;
import io.tajriba.actions.InitiativeSetup;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Arabic workspace on the Islamic calendar with {@link InitiativeFixture}'s answers: the checkout's initiative
 * launched and finished, its page right to left with the verdict in Arabic, the estimate in Arabic figures and the
 * weekly chart drawn; the new initiative's form with its power estimate and suggested controls; the list; the
 * initiative on the journey map and the overview; then the same pages in English.
 */
@TajribaTest
class InitiativePageTests extends ChromiumTest {

	@Autowired
	InitiativeSetup setup;

	@Test
	void aFinishedInitiativeInArabicAndEnglish() {
		Tenant tenant = tenants.create("مبادرات", "ar", CalendarSystem.ISLAMIC);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		InitiativeFixture fixture = new InitiativeFixture(key);
		String id = InitiativeFixture.id(key.postJson("/api/v1/initiatives", fixture.initiative(
				"إعادة تصميم صفحة الدفع", "\"plannedEnd\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1)
						+ "\",\"insight\":{\"kind\":\"pain_point\",\"ref\":\"touchpoint:checkout\",\"label\":\"checkout\"},"
						+ "\"touchpoint\":\"checkout\"")).body());
		assertThat(key.postJson("/api/v1/initiatives/" + id + "/launch", "").statusCode()).isEqualTo(200);
		setup.finishDue(Instant.now());
		for (String language : List.of("ar", "en")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/initiatives/" + id));
				// two bands and two lines, the launch marked: the chart has drawn more than its axes
				page.waitForFunction("document.querySelectorAll('#chart-weeks svg path').length > 10");
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
				String twenty = NumberFormat.getNumberInstance(new ULocale(language)).format(20);
				String estimate = page.textContent("#estimate");
				assertThat(estimate).contains(twenty, "CSAT");
				assertThat(page.textContent("#verdict")).contains(language.equals("ar") ? "تحسّن" : "improved");
				assertThat(page.textContent("#pre-trend")).contains(language.equals("ar") ? "لا علامة" : "No sign");
				assertThat(page.locator("#before-after tbody tr").count()).isEqualTo(2);
				assertThat(page.textContent("#chart-weeks")).contains(language.equals("ar") ? "الإطلاق" : "Launch");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("initiative-" + language + ".png")));

				page.navigate(url("/initiatives/new?kind=pain_point&ref=touchpoint:checkout&label=checkout&touchpoint=checkout"));
				page.waitForSelector("#power-sentence");
				assertThat(page.textContent("#power-sentence")).contains(language.equals("ar") ? "أسبوعيًا" : "answers a week");
				page.click("#suggest");
				page.waitForSelector("#suggestions");
				assertThat(page.locator("#suggestions .suggestion").count()).isEqualTo(2);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("initiative-new-" + language + ".png")));

				page.navigate(url("/initiatives"));
				assertThat(page.textContent("#initiatives-finished")).contains("إعادة تصميم صفحة الدفع");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("initiatives-" + language + ".png")));

				// the journey map and the overview load the initiatives on the touchpoints they target
				for (String path : List.of("/journeys", "/")) {
					page.navigate(url(path));
					page.waitForSelector("#initiatives-on-journey .journey-target");
					assertThat(page.textContent("#initiatives-on-journey")).contains("checkout", "إعادة تصميم صفحة الدفع");
					page.locator("#initiatives-on-journey").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
						.setPath(SCREENSHOTS.resolve("initiatives-on-journey-" + (path.equals("/") ? "overview-" : "map-")
								+ language + ".png")));
				}
			}
		}
	}
}
