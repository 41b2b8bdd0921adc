package io.tajriba.browser;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report subscriptions page in English and Persian: an admin subscribes a colleague to a weekly report, sends
 * it at once and sees its delivery in the log; the unsubscribe page of a link, signed out.
 */
@TajribaTest
class ReportSubscriptionPageTests extends ChromiumTest {

	@Autowired
	AccessAdministration administration;

	@Test
	void anAdminSubscribesAColleagueAndSendsTheReportNow() {
		Tenant tenant = tenants.create("گزارش‌ها");
		UUID colleague = administration.ensureUser("colleague-" + UUID.randomUUID() + "@example.com", "مریم کاظمی",
				"correct horse battery");
		tenants.addMember(tenant, colleague, Role.ANALYST);
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.postJson("/api/v1/report-subscriptions", "{\"view\":\"journey\",\"frequency\":\"monthly\","
				+ "\"hour\":9,\"language\":\"ar\"}").statusCode()).isEqualTo(201);
		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/reports"));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				if (language.equals("en")) {
					page.selectOption("#user", colleague.toString());
					page.selectOption("#frequency", "weekly");
					page.fill("#hour", "8");
					page.selectOption("#language", "fa");
					page.check("#onlyWhenChanged");
					page.fill("input[name='filter.channel']", "email");
					page.click("#subscription-form button[type=submit]");
					page.waitForSelector(".alert-success");
					assertThat(page.locator(".subscription").count()).isEqualTo(2);
					assertThat(page.textContent("body")).contains("مریم کاظمی", "Channel: email");
					// send the colleague's report now: its log shows the delivery
					page.locator(".subscription").nth(1).locator("button:has-text('Send now')").click();
					page.waitForSelector("#sent-status");
					assertThat(page.textContent("#sent-status")).contains("Sent");
					assertThat(page.locator(".subscription").nth(1).textContent()).contains("Sent");
				}
				else {
					assertThat(page.textContent("body")).contains("اشتراک‌های من", "هفتگی", "فرستاده شد");
				}
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("report-subscriptions-" + language + ".png")));
			}
		}
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 700))) {
			Page page = context.newPage();
			page.navigate(url("/reports/unsubscribe/AAAAAAAAAAAAAAAAAAAAAA.AAAA?lang=fa"));
			assertThat(page.textContent("#unknown")).isNotBlank();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("report-unsubscribe-fa.png")));
		}
	}
}
