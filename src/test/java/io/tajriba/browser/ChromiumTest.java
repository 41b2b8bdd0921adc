package io.tajriba.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every browser test shares: Debian's Chromium, headless, started once per class, the application's port
 * and workspaces, and signing in. Screenshots go to {@code target/screenshots} to be looked at.
 */
abstract class ChromiumTest {

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

	/** Signs the tenant's owner in, in the given language, and lands on the overview. */
	void signIn(Page page, Tenant tenant, String language) {
		page.navigate(url("/login?lang=" + language));
		page.fill("#email", tenant.ownerEmail());
		page.fill("#password", tenant.password());
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}
}
