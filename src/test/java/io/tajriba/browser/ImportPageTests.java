package io.tajriba.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploading a file on the import page and following its progress to the report, in English and in Persian. */
@TajribaTest
class ImportPageTests extends ChromiumTest {

	@Test
	void aCsvFileIsUploadedAndItsReportShown(@TempDir Path dir) throws Exception {
		StringBuilder csv = new StringBuilder("id,customer,type,channel,touchpoint,occurredAt,value,currency,text\n");
		for (int i = 1; i <= 7_000; i++) {
			csv.append("p").append(i).append(",c").append(i % 90).append(",purchase,store,Tehran-3,")
				.append(i == 3 ? "soon" : "2026-04-01T09:00:00+03:30").append(",42.5,IRR,\"خرید خوبی بود\"\n");
		}
		Path file = dir.resolve("store-sales.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		Tenant tenant = tenants.create("واردات");
		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/imports"));
				page.selectOption("#kind", "interactions");
				page.setInputFiles("#file", file);
				page.click("form[enctype] button[type=submit]");
				page.waitForURL("**/imports/*");
				page.waitForSelector("#import-status.text-bg-success");
				if (language.equals("en")) {
					assertThat(page.textContent("#accepted")).isEqualTo("6,999");
					assertThat(page.textContent("#rejected")).isEqualTo("1");
				}
				else {
					// the same file again: every good row is a duplicate, counted in Persian digits
					assertThat(page.textContent("#accepted")).isEqualTo("۰");
					assertThat(page.textContent("#duplicates")).isEqualTo("۶٬۹۹۹");
					assertThat(page.textContent("#rejected")).isEqualTo("۱");
				}
				assertThat(page.textContent("#progress")).contains("occurredAt");
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS
					.resolve("import-" + language + ".png")).setFullPage(true));
				page.navigate(url("/imports"));
				assertThat(page.textContent("table")).contains("store-sales.csv");
			}
		}
	}

}
