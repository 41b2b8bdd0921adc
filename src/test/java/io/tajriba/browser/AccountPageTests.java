package io.tajriba.browser;

import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.workspaces.AccountMails;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of accounts, looked at: a member invited in Persian, the invitation accepted in Persian, the failed
 * jobs in English and Arabic, a password changed in English, a forgotten one asked for in Hebrew.
 */
@TajribaTest
class AccountPageTests extends ChromiumTest {

	@Test
	void aNewcomerIsInvitedAndAcceptsAndAdminsSeeFailedJobs() {
		Tenant tenant = tenants.create("تجربه", "fa", CalendarSystem.PERSIAN);
		String newcomer = "nour-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signIn(page, tenant, "fa");
			page.navigate(url("/settings/members"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			page.fill("#email", newcomer);
			page.selectOption("#role", "agent");
			page.click("form[action$='/settings/members'] button[type=submit]");
			page.waitForSelector("#invitations");
			assertThat(page.textContent("#invitations")).contains(newcomer);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("members-fa.png")));

			page.navigate(url("/settings/dead-letters?lang=ar"));
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ar");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("dead-letters-ar.png")));
			page.navigate(url("/settings/dead-letters?lang=en"));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("dead-letters-en.png")));

			page.navigate(url("/settings/password"));
			page.fill("#currentPassword", tenant.password());
			page.fill("#password", "a brand new long password");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("password-en.png")));
			page.click("form[action$='/settings/password'] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".is-invalid").count()).isZero();
		}

		String link = AccountMails.link(newcomer, "/invitations/");
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url(link + "?lang=fa"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("body")).contains(tenant.workspace().name());
			page.fill("#displayName", "نور");
			page.fill("#password", "a long newcomer password");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("invitation-fa.png")));
			page.click("form[action*='/invitations/'] button[type=submit]");
			page.waitForURL(u -> !u.contains("/invitations/"));
		}

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/password/forgot?lang=he"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			page.fill("#email", newcomer);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("forgot-he.png")));
		}
	}
}
