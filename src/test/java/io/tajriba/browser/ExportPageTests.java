package io.tajriba.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.reports.internal.ExportJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exports page in English and Persian: a bad period refused next to its field with what was typed, an export
 * started from the form, run, shown done with its rows and downloaded; the cursor API explained with curl.
 */
@TajribaTest
class ExportPageTests extends ChromiumTest {

	@Autowired
	ExportJobs jobs;

	@Test
	void anExportIsStartedFromThePageAndDownloadedOnceDone() throws Exception {
		Tenant tenant = tenants.create("Export page");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"e-1","type":"visit","channel":"web","occurredAt":"2026-03-10T10:00:00Z","text":"=1+1"}
				{"id":"e-2","type":"call","channel":"phone","occurredAt":"2026-03-11T10:00:00Z"}
				""");
		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)
				.setAcceptDownloads(true))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/reports/exports"));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				assertThat(page.locator("#sharing-tabs .active").getAttribute("href")).isEqualTo("/reports/exports");
				assertThat(page.textContent("#export-api")).contains("Export-Next-Cursor",
						"/api/v1/exports/responses?after=$CURSOR&limit=1000");
				if (language.equals("en")) {
					assertThat(page.textContent("#export-none")).isEqualTo("No exports yet.");
					page.selectOption("#export-kind", "interactions");
					page.selectOption("#export-format", "csv");
					page.fill("#export-from", "2026-03-12");
					page.fill("#export-to", "2026-03-01");
					page.click("#export-start");
					page.waitForSelector("#export-error");
					assertThat(page.textContent("#export-error")).contains("to");
					assertThat(page.inputValue("#export-kind")).isEqualTo("interactions");
					assertThat(page.inputValue("#export-from")).isEqualTo("2026-03-12");
					page.fill("#export-from", "2026-03-01");
					page.fill("#export-to", "2026-03-31");
					page.click("#export-start");
					page.waitForSelector("#export-started");
					assertThat(page.locator("#export-jobs tbody tr").count()).isEqualTo(1);
					jobs.run(Instant.now());
					await().atMost(Duration.ofSeconds(60)).until(() -> {
						page.navigate(url("/reports/exports"));
						return page.locator("#export-jobs a:has-text('Download')").count() == 1;
					});
					assertThat(page.textContent("#export-jobs tbody tr")).contains("Interactions", "CSV", "Done", "2",
							"100%");
					Download download = page.waitForDownload(() -> page.click("#export-jobs a:has-text('Download')"));
					String csv = new String(java.nio.file.Files.readAllBytes(download.path()),
							java.nio.charset.StandardCharsets.UTF_8);
					assertThat(csv).startsWith("\uFEFFinteraction,").contains(",'=1+1,").contains("e-2,call,phone");
				}
				else {
					assertThat(page.textContent("#export-jobs tbody tr")).contains("تعامل‌ها", "انجام شد", "۱۰۰");
				}
				page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("exports-" + language + ".png"))
					.setFullPage(true));
			}
		}
	}
}
