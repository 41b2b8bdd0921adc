package io.tajriba.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard editor: a card built in the page (sections, criteria, wording in English and Hebrew), a bad key
 * shown next to its field, then saves that rewrite the wording or the order in place and one that, by changing a
 * weight, makes a new version.
 */
@TajribaTest
class ScorecardPageTests extends ChromiumTest {

	@Autowired
	ObjectMapper mapper;

	@Test
	void aScorecardIsBuiltAndAWeightChangeMakesANewVersion() {
		Tenant tenant = tenants.create("Scorecard editor");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String id;
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/quality/scorecards"));
			page.click("#new-scorecard");
			page.waitForSelector(".criterion");
			page.fill("#card-name", "Chat quality");
			page.selectOption("#card-channel", "chat");
			Locator first = page.locator(".section-card").nth(0);
			first.locator("[data-role=title]").fill("Opening");
			Locator greet = first.locator(".criterion").nth(0);
			assertThat(greet.locator("[data-role=key]").inputValue()).isEqualTo("criterion_1");
			greet.locator("[data-role=key]").fill("greet");
			greet.locator("[data-lang=en]").fill("Greets the customer");
			greet.locator("[data-lang=he]").fill("מברכת את הלקוח");
			first.locator("[data-action=add-criterion]").click();
			Locator solve = first.locator(".criterion").nth(1);
			solve.locator("[data-role=key]").fill("Bad Key");
			solve.locator("[data-role=scale]").selectOption("five");
			solve.locator("[data-role=weight]").fill("3");
			solve.locator("[data-role=naAllowed]").check();
			solve.locator("[data-lang=en]").fill("Solves the problem");
			page.click("#add-section");
			Locator second = page.locator(".section-card").nth(1);
			second.locator("[data-role=title]").fill("Care");
			Locator privacy = second.locator(".criterion").nth(0);
			privacy.locator("[data-role=key]").fill("privacy");
			privacy.locator("[data-role=critical]").check();
			privacy.locator("[data-lang=en]").fill("Checks who is writing");
			privacy.locator("[data-lang=he]").fill("מאמתת את זהות הכותב");

			page.click("#save-scorecard");
			page.waitForSelector("[data-problem-for='sections[0].criteria[1].key']");
			assertThat(solve.locator("[data-role=key]").getAttribute("class")).contains("is-invalid");
			assertThat(solve.textContent()).contains("lower-case letters");
			solve.locator("[data-role=key]").fill("solve");
			page.click("#save-scorecard");
			page.waitForURL(Pattern.compile(".*/quality/scorecards/[0-9a-f-]{36}\\?created$"));
			id = page.url().replaceAll(".*/quality/scorecards/([0-9a-f-]{36}).*", "$1");
			assertThat(page.textContent("#saved")).isEqualTo("Created as version 1.");
			assertThat(page.textContent("#version-badge")).isEqualTo("version 1");
			assertThat(page.locator(".criterion").count()).isEqualTo(3);

			// the order and the wording change version 1 in place
			page.locator(".section-card").nth(0).locator(".criterion").nth(1).locator("[data-action=criterion-up]").click();
			page.locator(".section-card").nth(0).locator(".criterion").nth(1).locator("[data-lang=he]").fill("מברכת את הלקוח בשמו");
			page.click("#save-scorecard");
			page.waitForSelector("#saved[data-outcome=rewritten]");
			assertThat(page.textContent("#saved")).contains("version 1 was rewritten");
			assertThat(page.textContent("#version-badge")).isEqualTo("version 1");
			JsonNode rewritten = json(key.get("/api/v1/scorecards/" + id));
			assertThat(rewritten.get("version").asInt()).isEqualTo(1);
			assertThat(rewritten.get("sections").get(0).get("criteria").get(0).get("key").asString()).isEqualTo("solve");
			assertThat(rewritten.get("sections").get(0).get("criteria").get(1).get("text").get("he").asString())
				.isEqualTo("מברכת את הלקוח בשמו");

			// a weight is scoring: a new version
			page.locator(".section-card").nth(0).locator(".criterion").nth(0).locator("[data-role=weight]").fill("2");
			page.click("#save-scorecard");
			page.waitForSelector("#saved[data-outcome=new-version]");
			assertThat(page.textContent("#saved")).isEqualTo("Saved as version 2: the scoring changed, so new reviews "
					+ "use version 2 and earlier reviews keep version 1.");
			assertThat(page.textContent("#version-badge")).isEqualTo("version 2");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("scorecard-editor-en.png")));
			page.navigate(url("/quality/scorecards"));
			assertThat(page.textContent("#scorecards")).contains("Chat quality", "Chats");
			assertThat(page.locator("#scorecards tbody tr td").nth(2).textContent()).isEqualTo("2");
			assertThat(page.locator("#scorecards tbody tr td").nth(3).textContent()).isEqualTo("3");
		}
		JsonNode saved = json(key.get("/api/v1/scorecards/" + id));
		assertThat(saved.get("version").asInt()).isEqualTo(2);
		assertThat(saved.get("channel").asString()).isEqualTo("chat");
		JsonNode solve = saved.get("sections").get(0).get("criteria").get(0);
		assertThat(solve.get("weight").asDouble()).isEqualTo(2.0);
		assertThat(solve.get("scale").asString()).isEqualTo("five");
		assertThat(solve.get("naAllowed").asBoolean()).isTrue();
		assertThat(saved.get("sections").get(1).get("criteria").get(0).get("critical").asBoolean()).isTrue();

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "he");
			page.navigate(url("/quality/scorecards/" + id));
			page.waitForSelector(".criterion");
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("#version-badge")).isEqualTo("גרסה 2");
			Locator hebrew = page.locator(".section-card").nth(0).locator(".criterion").nth(1).locator("[data-lang=he]");
			assertThat(hebrew.inputValue()).isEqualTo("מברכת את הלקוח בשמו");
			assertThat(hebrew.getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.locator("[data-lang=en]").first().getAttribute("dir")).isEqualTo("ltr");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("scorecard-editor-he.png")));
			page.navigate(url("/quality/scorecards"));
			assertThat(page.textContent("#scorecards")).contains("Chat quality", "צ'אטים");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("scorecards-he.png")));
		}
	}

	JsonNode json(java.net.http.HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}
}
