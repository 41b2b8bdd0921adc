package io.tajriba.browser;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The personas page in English and Persian: personas with their customers, suggestions found and accepted. */
@TajribaTest
class PersonaPageTests {

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@BeforeAll
	static void launch() throws Exception {
		assumeTrue(Files.isExecutable(BrowserTests.CHROMIUM) || System.getenv("CI") != null,
				"Chromium is not installed: apt-get install chromium");
		Files.createDirectories(BrowserTests.SCREENSHOTS);
		playwright = Playwright.create();
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(BrowserTests.CHROMIUM).setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void personasAreShownSuggestedAndAcceptedInEnglishAndPersian() {
		Tenant tenant = tenants.create("پرسوناها");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		StringBuilder events = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			String kind = i % 3 == 0 ? "app" : i % 3 == 1 ? "store" : "email";
			for (int j = 0; j < 6; j++) {
				String type = j == 0 ? "purchase" : kind.equals("app") ? "app_session" : kind.equals("store") ? "store_visit" : "email";
				events.append("{\"id\":\"b%d-%d\",\"customer\":\"c%d\",\"type\":\"%s\",\"channel\":\"%s\",\"occurredAt\":\"2026-05-%02dT09:00:00Z\"%s}\n"
					.formatted(i, j, i, type, kind, 1 + j, j == 0 ? ",\"value\":" + (kind.equals("store") ? 150 : 20) : ""));
			}
		}
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", events.toString()).body())
			.contains("\"accepted\":360");
		assertThat(key.postJson("/api/v1/personas", """
				{"name":"سارا، مشتری اپلیکیشن","description":"جوان، کم و زیاد از اپ می‌خرد","traits":{"سن":"۱۸-۳۴","کانال":"اپ"},
				 "priority":1,"rule":[{"field":"channelShare.app","op":"gte","values":["0.5"]}]}""").statusCode())
			.isEqualTo(201);

		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				page.navigate(url("/login?lang=" + language));
				page.fill("#email", tenant.ownerEmail());
				page.fill("#password", tenant.password());
				page.click("button[type=submit]");
				page.waitForURL(url("/"));
				page.navigate(url("/personas"));
				assertThat(page.locator(".persona").count()).isEqualTo(language.equals("en") ? 1 : 2);
				assertThat(page.textContent(".persona")).contains("سارا، مشتری اپلیکیشن")
					.contains(language.equals("en") ? "20 customers" : "۲۰ مشتری");
				page.click("#suggestions a");
				page.waitForSelector(".suggestion");
				assertThat(page.locator(".suggestion").count()).isEqualTo(3);
				if (language.equals("en")) {
					page.fill("#accept-1", "Suggested group");
					page.click(".suggestion button[type=submit]");
					page.waitForURL(url("/personas"));
					assertThat(page.locator(".persona").count()).isEqualTo(2);
					page.click("#suggestions a");
					page.waitForSelector(".suggestion");
				}
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(BrowserTests.SCREENSHOTS.resolve("personas-" + language + ".png")));
				page.navigate(url("/customers?q=c3"));
				page.click("text=c3");
				assertThat(page.textContent("#persona")).isEqualTo("سارا، مشتری اپلیکیشن");
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(BrowserTests.SCREENSHOTS.resolve("customer-persona-" + language + ".png")));
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
