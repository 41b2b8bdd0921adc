package io.tajriba.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The themes edited in a form, in Persian: a keyword added to a theme, a new theme with Persian keywords, a bad key
 * refused with its row named and everything typed kept, a theme removed; the analysis then finds the new theme.
 */
@TajribaTest
class ThemeEditorPageTests extends ChromiumTest {

	@Test
	void themesAreAddedChangedAndRemovedInTheForm() {
		Tenant tenant = tenants.create("Theme editor");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "fa");
			page.navigate(url("/text/themes/edit"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			int themes = page.locator("tr.theme-row").count() - 1;  // the last row is blank, for a new theme
			assertThat(themes).isGreaterThan(3);
			assertThat(page.getAttribute("tr.theme-row >> nth=0 >> textarea[name=fa]", "dir")).isEqualTo("rtl");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("theme-editor-fa.png")));

			// a new theme with a key the API would refuse: the row is named, the Persian keywords stay
			page.fill("tr.theme-row >> nth=" + themes + " >> input[name=key]", "Parking Lot");
			page.fill("tr.theme-row >> nth=" + themes + " >> textarea[name=fa]", "پارکینگ\nجای پارک");
			page.fill("tr.theme-row >> nth=" + themes + " >> textarea[name=en]", "parking, car park");
			page.evaluate("document.querySelector('input[name=key]').form.noValidate = true");
			page.click("button[value=save]");
			page.waitForSelector("#error");
			assertThat(page.textContent("#error")).contains("themes[" + (themes + 1) + "].key");
			assertThat(page.inputValue("tr.theme-row >> nth=" + themes + " >> textarea[name=fa]"))
				.isEqualTo("پارکینگ\nجای پارک");

			page.fill("tr.theme-row >> nth=" + themes + " >> input[name=key]", "parking");
			page.check("tr.theme-row >> nth=0 >> input[name=remove]");
			page.click("button[value=save]");
			page.waitForSelector("#saved");
			assertThat(page.locator("tr.theme-row").count()).isEqualTo(themes + 1);
			page.navigate(url("/text/themes/edit?lang=en"));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("theme-editor-en.png")));
		}
		String taxonomy = key.get("/api/v1/text/themes").body();
		assertThat(taxonomy).contains("\"key\":\"parking\"", "جای پارک", "\"car park\"").doesNotContain("\"key\":\"delivery\"");
		String analysed = key.postJson("/api/v1/text/analyze", "{\"text\":\"جای پارک پیدا نکردم\"}").body();
		assertThat(analysed).contains("parking");
		// viewers of another workspace see none of it, and may not open the form of theirs
		assertThat(WebClient.withKey(port, tenants.create("Theme editor stranger").apiKey()).get("/api/v1/text/themes")
			.body()).doesNotContain("parking");
	}
}
