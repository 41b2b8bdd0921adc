package io.tajriba.browser;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The principles, goals and owners pages in Hebrew and English: the owner writes a principle in the form (its
 * Hebrew statement, markup shown as text), sets a goal and gives a stage an owner and a deputy; goals sit under their
 * horizons with their status and chart; the journey page and a case's page load the owners and the principles.
 */
@TajribaTest
class GovernancePageTests extends ChromiumTest {

	@Autowired
	ObjectMapper mapper;

	@Test
	void theOwnerWritesAPrincipleSetsAGoalAndNamesADeputyInHebrew() throws Exception {
		Tenant tenant = tenants.create("עקרונות", "he", CalendarSystem.GREGORIAN);
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
		for (String goal : new String[] {
				"{\"name\":\"NPS של הרבעון\",\"metric\":\"nps\",\"target\":30,\"dueOn\":\"" + today.plusMonths(2) + "\"}",
				"{\"name\":\"<b>CSAT</b> לשנה\",\"metric\":\"csat\",\"target\":85,\"dueOn\":\"" + today.plusMonths(10) + "\"}",
				"{\"name\":\"נטישה\",\"metric\":\"churn\",\"target\":5,\"dueOn\":\"" + today.plusMonths(20) + "\"}" }) {
			var set = owner.postJson("/api/v1/goals", goal);
			assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
		}

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "he");
			page.navigate(url("/principles"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("h1")).contains("עקרונות");
			page.fill("#statement-he", "<b>אנחנו</b> לא גורמים ללקוח לחזור על עצמו");
			page.fill("#statement-en", "We never make the customer repeat themselves");
			page.check("#principle-form input[name=stages][value=use]");
			page.click("#principle-form button[type=submit]");
			page.waitForSelector(".principle");
			assertThat(page.textContent(".principle h2")).isEqualTo("<b>אנחנו</b> לא גורמים ללקוח לחזור על עצמו");
			assertThat(page.locator(".principle h2 b").count()).isZero();
			assertThat(page.textContent(".principle .stage-figure")).contains("CSAT", "NPS");
			// nothing to measure it by is refused by name, and what was typed stays
			page.fill("#statement-he", "עיקרון בלי מדידה");
			page.click("#principle-form button[type=submit]");
			assertThat(page.textContent("#principles-error")).contains("criteria");
			assertThat(page.inputValue("#statement-he")).isEqualTo("עיקרון בלי מדידה");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("principles-he.png")));

			page.navigate(url("/goals"));
			assertThat(page.locator("#horizon-short").textContent()).contains("טווח קצר");
			assertThat(page.locator(".goal").count()).isEqualTo(3);
			assertThat(page.locator(".goal[data-status=no_data]").count()).isEqualTo(3);
			assertThat(page.locator(".goal h3").allTextContents()).contains("<b>CSAT</b> לשנה");
			assertThat(page.locator(".goal-chart").first().getAttribute("dir")).isEqualTo("ltr");
			page.fill("#goal-name", "CES של התמיכה");
			page.selectOption("#goal-metric", "ces");
			page.fill("#goal-target", "9");
			page.fill("#goal-due", today.plusMonths(1).toString());
			page.click("#goal-form button[type=submit]");
			assertThat(page.textContent("#goals-error")).contains("target");
			page.fill("#goal-target", "6");
			page.click("#goal-form button[type=submit]");
			page.waitForSelector("div[role=status]");
			assertThat(page.locator(".goal").count()).isEqualTo(4);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("goals-he.png")));

			page.navigate(url("/owners"));
			assertThat(page.locator("#stages .owner-row.table-warning").count()).isEqualTo(7);
			String row = "#stages .owner-row[data-name=use]";
			page.selectOption(row + " select[name=owner]", tenant.ownerId().toString());
			page.click(row + " button[type=submit]");
			page.waitForSelector("div[role=status]");
			assertThat(page.locator("#stages .owner-row.table-warning").count()).isEqualTo(6);
			// the same person as deputy is refused by name
			page.selectOption(row + " select[name=deputy]", tenant.ownerId().toString());
			page.click(row + " button[type=submit]");
			assertThat(page.textContent("#owners-error")).contains("deputies.stages.use");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("owners-he.png")));

			// the journey page loads the stages' owners
			page.navigate(url("/journeys"));
			page.waitForSelector("#owners-on-journey .stage-owner[data-stage=use]");
			assertThat(page.textContent("#owners-on-journey .stage-owner[data-stage=use]")).contains("Owner עקרונות");
			assertThat(page.locator("#owners-on-journey .stage-owner").first().getAttribute("data-stage"))
				.isEqualTo("awareness");
			page.locator("#owners-on-journey").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve("journey-owners-he.png")));
		}

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1300, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/goals"));
			assertThat(page.textContent("h1")).isEqualTo("Goals");
			assertThat(page.locator(".goal-status").first().textContent()).isEqualTo("No data");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("goals-en.png")));
		}

		// a case's page asks for the principles of its touchpoint's stage: all of them when none is about it
		String fragment = owner.get("/principles/on-case?touchpoint=nowhere").body();
		assertThat(fragment).contains("principles-on-case", "&lt;b&gt;אנחנו&lt;/b&gt;");
		assertThat(owner.send("/api/v1/owners", HttpRequest.newBuilder().GET()).body()).contains("\"use\":\"" + tenant.ownerId());
	}
}
