package io.tajriba.browser;

import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maturity report and the raters' questionnaire in Hebrew and English: an agent rates in Hebrew, the owner
 * reads the radar of evidence against raters, the levels side by side, the raters' heat map (a rater's name that
 * would be markup shown as text), the recommendations with their links and the history.
 */
@TajribaTest
class MaturityPageTests extends ChromiumTest {

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	@Test
	void aRaterAnswersInHebrewAndTheOwnerReadsTheReport() {
		Tenant tenant = tenants.create("Maturity page", "he", io.tajriba.workspaces.CalendarSystem.GREGORIAN);
		String email = "noa." + UUID.randomUUID() + "@example.com";
		UUID agent = administration.ensureUser(email, "<b>Noa</b> Levi", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, agent, Role.AGENT);
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		var created = owner.postJson("/api/v1/maturity/assessments", """
				{"name":"<i>Review</i> 2026","raters":[{"user":"%s","group":"executive"},{"user":"%s","group":"frontline"}]}"""
			.formatted(tenant.ownerId(), agent));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = mapper.readTree(created.body()).get("id").asString();
		assertThat(owner.postJson("/api/v1/maturity/assessments/" + id + "/ratings",
				"{\"ratings\":{\"strategy.priority\":5,\"strategy.targets\":4,\"strategy.leaders\":5,\"action.alerts\":5}}")
			.statusCode()).isEqualTo(200);

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 1000))) {
			Page page = context.newPage();
			page.navigate(url("/login?lang=he"));
			page.fill("#email", email);
			page.fill("#password", TestWorkspaces.PASSWORD);
			page.click("button[type=submit]");
			page.waitForLoadState();
			page.navigate(url("/maturity?lang=he"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			// an agent sees where to rate, not the report
			assertThat(page.locator("#radar").count()).isZero();
			page.click("#to-rate a");
			assertThat(page.textContent("h1")).contains("דרגו את בשלות חוויית הלקוח");
			page.click("label[for='strategy.priority-2']");
			page.click("label[for='strategy.targets-2']");
			page.click("label[for='strategy.leaders-1']");
			page.click("label[for='action.alerts-1']");
			page.click("#questionnaire button[type=submit]");
			assertThat(page.textContent("#saved")).contains("נשמרו");
			assertThat(page.locator("input[id='strategy.priority-2']").isChecked()).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("maturity-rate-he.png")));
		}

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "he");
			page.navigate(url("/maturity"));
			assertThat(page.textContent("h1")).contains("בשלות חוויית הלקוח");
			assertThat(page.locator("#radar polygon.radar-evidence").count()).isEqualTo(1);
			assertThat(page.locator("#radar polygon.radar-raters").count()).isEqualTo(1);
			assertThat(page.locator("#radar g.axis text").count()).isEqualTo(7);
			assertThat(page.locator("#radar").getAttribute("dir")).isEqualTo("ltr");
			assertThat(page.locator("#levels tbody tr").count()).isEqualTo(7);
			assertThat(page.textContent("#level-strategy")).contains("אסטרטגיה והנהגה");
			// raters 5, 4, 5 and 2, 2, 1 on strategy: (4.67 + 1.67) / 2 = 3.17, defined
			assertThat(page.textContent("#level-strategy")).contains("3 · מוגדר");
			// the heat map names the agent as text, and flags the item two points or more apart
			assertThat(page.textContent("#competency-strategy .heat")).contains("<b>Noa</b> Levi");
			assertThat(page.locator("#competency-strategy .heat b").count()).isZero();
			assertThat(page.locator("#competency-strategy .heat tr.disagreed").count()).isEqualTo(3);
			assertThat(page.textContent("#basis")).contains("<i>Review</i> 2026");
			assertThat(page.locator("#basis i").count()).isZero();
			assertThat(page.locator("#recommendations li a").count()).isPositive();
			assertThat(page.locator("#recommendations li a").first().getAttribute("href")).startsWith("/");
			assertThat(page.locator("#history tbody tr").count()).isEqualTo(1);
			assertThat(page.textContent("#competency-voc")).contains("ערוצים שבהם נרשמות פניות");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("maturity-he.png")));

			page.navigate(url("/maturity?lang=en"));
			assertThat(page.textContent("h1")).contains("CX maturity");
			assertThat(page.textContent("#competency-strategy")).contains("Thresholds for levels 2, 3, 4, 5");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("maturity-en.png")));
		}
	}
}
