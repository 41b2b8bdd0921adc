package io.tajriba.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idea box in Persian and English: while an idea is typed the similar ones already in the box appear (a Persian
 * idea stored with Arabic letters is found when typed with Persian ones), it is submitted and voted for; the review
 * queue and the anonymous link's page.
 */
@TajribaTest
class IdeaBoxPageTests extends ChromiumTest {

	@Autowired
	ObjectMapper mapper;

	@Test
	void submittingWhileSimilarIdeasAppearThenVotingInPersianAndEnglish() {
		Tenant tenant = tenants.create("صندوق ایده");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		// stored with the Arabic yeh and kaf
		assertThat(key.postJson("/api/v1/ideas", "{\"title\":\"\u0643\u064a\u0641\u064a\u062a \u067e\u0634\u062a\u064a\u0628\u0627\u0646\u064a \u062a\u0644\u0641\u0646\u064a \u0631\u0627 \u0628\u0647\u062a\u0631 \u06a9\u0646\u06cc\u0645\",\"language\":\"fa\",\"stage\":\"action\"}")
			.statusCode()).isEqualTo(201);
		assertThat(key.postJson("/api/v1/ideas", "{\"title\":\"Deliver parcels faster\",\"theme\":\"delivery\"}")
			.statusCode()).isEqualTo(201);
		assertThat(key.postJson("/api/v1/ideas", "{\"title\":\"<img src=x onerror=alert(1)> Friendlier invoices\"}")
			.statusCode()).isEqualTo(201);
		String[][] cases = {
				{ "fa", "پشتیبانی تلفنی سریع‌تر", "کیفیت پشتیبانی تلفنی", "۴" },
				{ "en", "Faster parcel delivery", "Deliver parcels faster", "6" } };
		for (String[] c : cases) {
			String language = c[0];
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				page.onDialog(dialog -> {
					throw new AssertionError("a script ran from an idea's title: " + dialog.message());
				});
				signIn(page, tenant, language);
				page.navigate(url("/ideas"));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				page.locator("#idea-title").pressSequentially(c[1], new com.microsoft.playwright.Locator
					.PressSequentiallyOptions().setDelay(20));
				page.waitForSelector("#similar-ideas .similar-idea");
				assertThat(page.isVisible("#similar-box")).isTrue();
				String similar = page.textContent("#similar-ideas");
				assertThat(similar).contains(language.equals("fa") ? "كيفيت پشتيباني" : c[2]);
				assertThat(similar).doesNotContain("Friendlier invoices");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("ideas-submit-" + language + ".png")));
				page.click("#idea-submit");
				page.waitForSelector("#idea-submitted");
				assertThat(page.textContent("#idea-heading")).contains(c[1]).contains(c[3]);
				assertThat(page.textContent("#vote-count").strip()).isEqualTo(language.equals("fa") ? "۰" : "0");
				page.click("#vote-button");
				page.waitForLoadState();
				assertThat(page.textContent("#vote-count").strip()).isEqualTo(language.equals("fa") ? "۱" : "1");
				page.fill("#comment-body", language.equals("fa") ? "موافقم، شیفت عصر هم" : "Yes, the evening shift too");
				page.click("#comment-form button[type=submit]");
				page.waitForLoadState();
				assertThat(page.textContent("#comment-list")).contains(language.equals("fa") ? "موافقم" : "evening");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("ideas-detail-" + language + ".png")));
				page.navigate(url("/ideas"));
				assertThat(page.textContent("#idea-list")).contains("<img src=x onerror=alert(1)> Friendlier invoices");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("ideas-list-" + language + ".png")));
				page.navigate(url("/ideas/review"));
				assertThat(page.textContent("#queue-submitted")).contains(c[1]);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("ideas-review-" + language + ".png")));
				if (language.equals("fa")) {
					page.navigate(url("/ideas"));
					page.click("#idea-link-form button[type=submit]");
					page.waitForSelector("#new-link");
					String link = page.textContent("#new-link code").strip();
					try (var stranger = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 800))) {
						Page anonymous = stranger.newPage();
						// the test server's public address is not configured: keep the link's path
						anonymous.navigate(url(link.substring(link.indexOf("/s/ideas/"))) + "?lang=fa");
						assertThat(anonymous.locator("html").getAttribute("dir")).isEqualTo("rtl");
						anonymous.locator("#idea-title").pressSequentially("پشتیبانی تلفنی شبانه",
								new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
						anonymous.waitForSelector("#similar-ideas .similar-idea");
						anonymous.screenshot(new Page.ScreenshotOptions().setFullPage(true)
							.setPath(SCREENSHOTS.resolve("ideas-anonymous-fa.png")));
						anonymous.click("#idea-submit");
						anonymous.waitForSelector("#thanks");
						assertThat(anonymous.textContent("#idea-list")).contains("پشتیبانی تلفنی شبانه");
					}
				}
			}
		}
	}
}
