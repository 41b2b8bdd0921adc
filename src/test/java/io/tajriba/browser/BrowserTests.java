package io.tajriba.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in Debian's Chromium: sign in, switch languages, right to left for Persian, Arabic and Hebrew.
 * Screenshots go to {@code target/screenshots} to be looked at.
 */
@TajribaTest
class BrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@BeforeAll
	static void launch() throws Exception {
		// CI installs Chromium (.ci/run); a developer machine without it skips these tests with a clear reason
		assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
				"Chromium is not installed: apt-get install chromium");
		Files.createDirectories(SCREENSHOTS);
		playwright = Playwright.create();
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
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
	void signInThenSwitchToPersianTurnsThePageRightToLeft() {
		Tenant tenant = tenants.create("شرکت نمونه", "en", CalendarSystem.PERSIAN);
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = context.newPage();
			page.navigate(url("/login?lang=en"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-en.png")));

			page.fill("#email", tenant.ownerEmail());
			page.fill("#password", tenant.password());
			page.click("button[type=submit]");
			page.waitForURL(url("/"));
			assertThat(page.textContent("h1")).contains("شرکت نمونه");
			assertThat(page.textContent("nav")).contains("Overview");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-en.png")));

			page.click("#language-switcher a[hreflang=fa]");
			page.waitForURL("**/?lang=fa");
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fa");
			assertThat(page.textContent("nav")).contains("نمای کلی").contains("خروج");
			assertThat(page.textContent("#today")).contains("۱۴۰");
			assertThat(page.locator("link[href*='bootstrap.rtl']").count()).isEqualTo(1);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-fa.png")));

			page.navigate(url("/settings/api-keys"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("h1")).isEqualTo("کلیدهای API");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-keys-fa.png")));
		}
	}

	@Test
	void arabicAndHebrewAreRightToLeftToo() {
		for (String language : List.of("ar", "he")) {
			try (var context = browser.newContext()) {
				Page page = context.newPage();
				page.navigate(url("/login?lang=" + language));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
				assertThat(page.textContent("button[type=submit]")).isEqualTo(language.equals("ar") ? "دخول" : "כניסה");
				page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login-" + language + ".png")));
			}
		}
	}

	@Test
	void aWrongPasswordIsRefusedInTheReadersLanguage() {
		Tenant tenant = tenants.create("Refused");
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/login?lang=fa"));
			page.fill("#email", tenant.ownerEmail());
			page.fill("#password", "not the password at all");
			page.click("button[type=submit]");
			page.waitForURL("**/login?error");
			assertThat(page.textContent(".alert-danger")).contains("نادرست");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
