package io.tajriba.browser;

import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A calibration session from start to agreement: the owner starts it with the form, Ana scores both calls in
 * English, Bahar in Persian sees Ana's points only after submitting her own, and the agreement table flags the
 * criterion they read differently.
 */
@TajribaTest
class CalibrationPageTests extends ChromiumTest {

	static final String CARD = """
			{"name":"تماس‌ها","channel":"call","sections":[
			 {"title":"Opening","criteria":[
			  {"key":"greet","text":{"en":"Greets the customer by name","fa":"مشتری را با نام خوشامد می‌گوید"},"scale":"yes_no"}]},
			 {"title":"Handling","criteria":[
			  {"key":"solve","text":{"en":"Solves the problem","fa":"مشکل را حل می‌کند"},"scale":"five","weight":3,"naAllowed":true},
			  {"key":"privacy","text":{"en":"Checks who is calling","fa":"هویت تماس‌گیرنده را بررسی می‌کند"},"scale":"yes_no","critical":true}]}]}""";

	@Autowired
	AccessAdministration administration;

	@Test
	void twoReviewersScoreBlindAndTheAgreementFlagsACriterionInEnglishAndPersian() {
		Tenant tenant = tenants.create("Calibration pages");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String ana = member(tenant, "Ana");
		String bahar = member(tenant, "Bahar");
		key.postJson("/api/v1/agents", "{\"key\":\"سارا\"}");
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"call-1","type":"call","channel":"phone","agent":"سارا","occurredAt":"2026-10-03T08:00:00Z","text":"Agent: Good morning, you are through to Tajriba.\\nCustomer: My parcel is three days late."}
				{"id":"call-2","type":"call","channel":"phone","agent":"سارا","occurredAt":"2026-10-04T08:00:00Z","text":"نماینده: سلام، وقت بخیر.\\nمشتری: بسته‌ام هنوز نرسیده و کسی جواب نمی‌دهد."}
				""").body()).contains("\"accepted\":2");
		assertThat(key.postJson("/api/v1/scorecards", CARD).statusCode()).isEqualTo(201);

		String session;
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/quality/calibrations"));
			assertThat(page.textContent("#quality-tabs")).contains("Calibration");
			page.fill("#name", "October calls");
			page.check("input[name=interactions][value=call-1]");
			page.check("input[name=interactions][value=call-2]");
			page.check("#start label:has-text('Ana') >> xpath=preceding-sibling::input");
			page.check("#start label:has-text('Bahar') >> xpath=preceding-sibling::input");
			page.click("#start button[type=submit]");
			page.waitForSelector("#item-1");
			session = page.url().replaceAll(".*/quality/calibrations/", "");
			// the form lists the recent interactions newest first, and the session keeps that order
			assertThat(page.textContent("#item-0 .card-header")).contains("call-2");
			assertThat(page.textContent("h1")).contains("October calls");
			assertThat(page.textContent("main")).contains("started by Owner Calibration pages");
		}

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signInAs(page, ana, "en");
			page.navigate(url("/quality/calibrations/" + session));
			assertThat(page.locator("#item-0 .interaction-body").getAttribute("dir")).isEqualTo("auto");
			assertThat(page.textContent("#item-0 legend")).contains("Greets the customer by name");
			score(page, 0, 1, 5, 1);
			assertThat(page.textContent("#item-0")).contains("Your scores are submitted and locked");
			assertThat(page.locator("#item-0 .score-form").count()).isZero();
			assertThat(page.locator("#item-0 .others-hidden").count()).isZero();
			score(page, 1, 0, 2, 1);
			assertThat(page.textContent("#agreement")).contains("not yet: no interaction scored by two reviewers");
		}

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signInAs(page, bahar, "fa");
			page.navigate(url("/quality/calibrations/" + session));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("#item-0 .interaction-body")).contains("بسته‌ام هنوز نرسیده");
			assertThat(page.textContent("#item-0 legend")).contains("مشتری را با نام خوشامد می‌گوید");
			// blind: Ana's points are not on the page, only that one score is in
			assertThat(page.locator("#item-0 .side-by-side").count()).isZero();
			assertThat(page.textContent("#item-0 .others-hidden")).contains("۱");
			assertThat(page.locator("#agreement").count()).isZero();
			page.fill("#item-0 textarea[name='comment.greet']", "با نام کوچک خوشامد گفت");
			score(page, 0, 1, 4, 1);
			assertThat(page.locator("#item-0 .side-by-side th").allInnerTexts()).contains("شما", "Ana");
			assertThat(page.textContent("#item-0 .side-by-side")).contains("با نام کوچک خوشامد گفت");
			assertThat(page.locator("#item-1 .side-by-side").count()).isZero();
			score(page, 1, 1, 2, 1);
			assertThat(page.locator("#criteria-agreement tr[data-key=greet]").textContent())
				.contains("این معیار را بازنویسی کنید");
			assertThat(page.locator("#criteria-agreement tr[data-key=solve] .badge").count()).isZero();
			assertThat(page.locator("#reviewer-deviation tbody tr").count()).isEqualTo(2);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("calibration-fa.png")));
			page.locator("#agreement").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve("calibration-agreement-fa.png")));
		}

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signInAs(page, ana, "en");
			page.navigate(url("/quality/calibrations"));
			assertThat(page.textContent("#sessions")).contains("October calls", "4 of 4");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("calibrations-en.png")));
			page.navigate(url("/quality/calibrations/" + session));
			assertThat(page.locator("#criteria-agreement tr[data-key=greet]").textContent()).contains("reword this criterion");
			assertThat(page.locator("#item-1 .side-by-side td > span").allInnerTexts()).contains("No", "Yes");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("calibration-en.png")));
		}
	}

	/** Picks greet, solve and privacy for the interaction at this position and submits them. */
	static void score(Page page, int item, int greet, int solve, int privacy) {
		page.check("#p-" + item + "-greet-" + greet);
		page.check("#p-" + item + "-solve-" + solve);
		page.check("#p-" + item + "-privacy-" + privacy);
		page.click("#item-" + item + " .score-form button[type=submit]");
		page.waitForSelector("#item-" + item + " .side-by-side");
	}

	String member(Tenant tenant, String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		tenants.addMember(tenant, administration.ensureUser(email, name, TestWorkspaces.PASSWORD), Role.ANALYST);
		return email;
	}

	void signInAs(Page page, String email, String language) {
		page.navigate(url("/login?lang=" + language));
		page.fill("#email", email);
		page.fill("#password", TestWorkspaces.PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
	}
}
