package io.tajriba.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.employees.EmployeeFixtures;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pulse results page in English and Persian on two recent waves: Support's Billing (12 answers a wave) shown,
 * Claims (7) hidden with Night (4), which is named only; the trend, drivers and comments of the chosen team, a
 * comment's markup shown as text.
 */
@TajribaTest
class ResultsPageTests extends ChromiumTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void resultsWithHiddenGroupsTrendDriversAndCommentsInEnglishAndPersian() {
		Tenant tenant = tenants.create("نبض سازمان", "en", CalendarSystem.PERSIAN);
		UUID w = tenant.workspace().id();
		EmployeeFixtures fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Billing", "Support");
		fixtures.team(w, "Claims", "Support");
		fixtures.team(w, "Night", "Support");
		fixtures.team(w, "فروش میدانی", "فروش");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
		for (int ago : List.of(40, 10)) {
			LocalDate opens = today.minusDays(ago);
			UUID wave = fixtures.wave(w, opens.atTime(6, 0).toInstant(ZoneOffset.UTC));
			for (int i = 0; i < 12; i++) {
				fixtures.answer(w, wave, "Billing", "Support", "Tehran", opens, i < 8 ? 10 : 3,
						Map.of("workload", i < 8 ? 5 : 1 + i % 2, "tools", 2 + i % 3),
						i == 0 ? "<b>more</b> people at lunch " + ago : null);
			}
			for (int i = 0; i < 7; i++) {
				fixtures.answer(w, wave, "Claims", "Support", "Tehran", opens, ago == 40 ? 9 : 8, Map.of(), null);
			}
			for (int i = 0; i < 4; i++) {
				fixtures.answer(w, wave, "Night", "Support", "Tehran", opens, 2, Map.of(), "night secret " + i);
			}
			for (int i = 0; i < 9; i++) {
				fixtures.answer(w, wave, "فروش میدانی", "فروش", "شیراز", opens, i < 5 ? 9 : 5, Map.of(), null);
			}
			for (int i = 0; i < 6; i++) {
				fixtures.answer(w, wave, "فروش میدانی", "فروش", null, opens, 7, Map.of(), null);
			}
		}
		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/employees/results"));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				assertThat(page.textContent("#rule")).contains(language.equals("fa") ? "کمتر از ۵ پاسخ"
						: "fewer than 5 answers");
				// the workspace adds its two shown departments: 23 and 15 answers a wave
				assertThat(page.textContent("#overall")).contains(language.equals("fa") ? "۷۶ پاسخ" : "76 answers");
				String billing = page.textContent("#groups tr[data-group=Billing]");
				assertThat(billing).contains(language.equals("fa") ? "۲۴" : "24");
				for (String hidden : List.of("Night", "Claims")) {
					String row = page.textContent("#groups tr[data-group=" + hidden + "]");
					assertThat(row).contains(language.equals("fa") ? "کمتر از ۵ پاسخ" : "fewer than 5 answers");
					assertThat(row).doesNotContain("Support");
				}
				assertThat(page.textContent("#groups")).doesNotContain("night secret");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("enps-results-" + language + ".png")));
				page.click("#groups tr[data-group=Billing] a");
				page.waitForURL("**group=Billing**");
				assertThat(page.textContent("#chosen")).contains("Billing");
				assertThat(page.locator("#trend .wave-mark").count()).isEqualTo(2);
				assertThat(page.locator("#trend .hidden-wave").count()).isZero();
				assertThat(page.locator("#trend title").first().textContent())
					.contains(language.equals("fa") ? "۱۲ پاسخ" : "12 answers");
				assertThat(page.textContent("#drivers")).contains("workload", "tools");
				assertThat(page.locator("#comments li").count()).isEqualTo(2);
				assertThat(page.textContent("#comments")).contains("<b>more</b> people at lunch 10");
				assertThat(page.locator("#comments b").count()).isZero();
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("enps-results-billing-" + language + ".png")));
				page.navigate(url("/employees/results?groupBy=team&group=Night"));
				assertThat(page.locator("#group-hidden").count()).isEqualTo(1);
				assertThat(page.locator("#trend .hidden-wave").count()).isEqualTo(2);
				assertThat(page.locator("#comments").count()).isZero();
				page.navigate(url("/employees/results?groupBy=location"));
				assertThat(page.textContent("#groups")).contains(language.equals("fa") ? "بدون محل" : "No location",
						"شیراز", "Tehran");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("enps-results-location-" + language + ".png")));
				page.navigate(url("/employees/results?from=nonsense"));
				assertThat(page.textContent(".alert-danger")).contains("from");
			}
		}
	}
}
