package io.tajriba.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.employees.TogetherFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Employees and customers together, in English and Arabic: the teams' table with a hidden team, the scatter plots
 * whose dots name their team (escaped), r with its interval and n, and the caution in plain words.
 */
@TajribaTest
class TogetherPageTests extends ChromiumTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void teamsEnpsBesideTheirCustomersInEnglishAndArabic() {
		Tenant tenant = tenants.create("Together page");
		TogetherFixture.teams(jdbc, WebClient.withKey(port, tenant.apiKey()), tenant.workspace().id());
		// a team name that would be markup if it were not escaped
		jdbc.sql("update employee_teams set name = '<b>T5</b>' where workspace_id = :w and name = 'T5'")
			.param("w", tenant.workspace().id()).update();
		jdbc.sql("update pulse_answers set team = '<b>T5</b>' where workspace_id = :w and team = 'T5'")
			.param("w", tenant.workspace().id()).update();
		String period = "/employees/together?from=2026-03-01&to=2026-03-31";
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url(period));
			assertThat(page.locator("#teams tbody tr").count()).isEqualTo(7);
			assertThat(page.textContent("#teams")).contains("T1", "95% interval [59.6, 98.2], n = 10", "85", "Hidden: too few answers");
			assertThat(page.locator("#teams td.hidden-team").count()).isEqualTo(2);
			assertThat(page.textContent("#teams")).contains("<b>T5</b>");
			assertThat(page.locator("#teams b").count()).isZero();
			assertThat(page.locator("#plot-csat circle.dot").count()).isEqualTo(5);
			assertThat(page.locator("#plot-qa circle.dot").count()).isEqualTo(2);
			assertThat(page.locator("#plot-csat g.dot-group > title").allTextContents()).anyMatch(t -> t.startsWith("<b>T5</b>: eNPS"));
			assertThat(page.textContent("#plot-csat .correlation")).contains("r = 0.9, 95% interval [0.11, 0.99], n = 5 teams");
			assertThat(page.textContent("#plot-qa .correlation")).contains("Too few teams", "n = 2");
			assertThat(page.textContent("#caution")).contains("Correlation is not cause", "With few teams the interval is wide");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("together-en.png")));

			page.navigate(url(period + "&lang=ar"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("h1")).contains("الموظفون والعملاء معا");
			assertThat(page.textContent("#caution")).contains("الارتباط ليس سببا");
			assertThat(page.locator("#plot-csat circle.dot").count()).isEqualTo(5);
			assertThat(page.locator("#plot-csat svg").getAttribute("dir")).isEqualTo("ltr");
			// numbers and intervals stay left to right inside the Arabic sentences
			assertThat(page.locator("#teams bdi.ci[dir=ltr]").allTextContents()).anyMatch(t -> t.matches("\\[\\W?-100, \\W?10\\.1\\]"));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("together-ar.png")));
		}
	}
}
