package io.tajriba.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey pages: a survey from a template, a translation left out and caught, publish, invite, preview in Persian. */
@TajribaTest
class SurveyEditorTests extends ChromiumTest {

	@Test
	void aSurveyIsCreatedTranslatedPublishedPreviewedAndSent() {
		Tenant tenant = tenants.create("Survey editor");
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/surveys"));
			page.selectOption("#template", "post-support-ces");
			page.fill("#name", "After support, Q4");
			page.click("form[action='/surveys'] button[type=submit]");
			page.waitForSelector("#status");
			assertThat(page.textContent("#status")).isEqualTo("Draft");
			assertThat(page.locator("#missing").count()).isZero();

			String json = page.inputValue("#definition");
			page.fill("#definition", json.replace("\"he\" : \"הפנייה שלך לתמיכה\"", "\"he\" : \"\""));
			page.click("form[action$='" + page.url().substring(page.url().lastIndexOf('/')) + "'] button[type=submit]");
			page.waitForSelector("#missing");
			assertThat(page.textContent("#missing")).contains("title", "he");
			page.click("text=Publish");
			assertThat(page.textContent(".alert-danger")).contains("title", "has no text in he");

			page.fill("#definition", json);
			page.click("form[action$='" + page.url().substring(page.url().lastIndexOf('/')) + "'] button[type=submit]");
			page.click("text=Publish");
			page.waitForSelector("#status.text-bg-success");
			page.fill("#email", "editor-test@example.com");
			page.selectOption("#locale", "fa");
			page.click("text=Create the invitation");
			assertThat(page.textContent("#issued")).contains("/s/", "e-mail queued");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("survey-editor-en.png")));

			Page preview = context.newPage();
			preview.navigate(page.url() + "/preview?language=fa");
			assertThat(preview.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(preview.textContent("h1")).isEqualTo("تماس شما با پشتیبانی");
			assertThat(preview.textContent("button[type=submit]")).isEqualTo("ارسال");
			assertThat(preview.locator("button[type=submit]").isDisabled()).isTrue();
			preview.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("survey-preview-fa.png")));

			// the analyst's own language is unchanged by the Persian preview
			page.navigate(url("/surveys"));
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			page.navigate(url("/surveys?lang=fa"));
			assertThat(page.textContent("table")).contains("After support, Q4", "منتشرشده");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("surveys-fa.png")));
		}
	}
}
