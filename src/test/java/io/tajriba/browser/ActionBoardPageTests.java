package io.tajriba.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.actions.ActionPlans;
import io.tajriba.actions.ActionPlans.NewAction;
import io.tajriba.demo.internal.DemoLoads;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions board in English and in Persian (right to left, the Persian calendar), an action's page, and a pain
 * point of the journey map that shows its actions and starts another.
 */
@TajribaTest
class ActionBoardPageTests extends ChromiumTest {

	@Autowired
	ActionPlans plans;

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoLoads demo;

	/** A workspace with actions in every column: one overdue, one in an initiative, closed ones. */
	Tenant board(String name, String language, CalendarSystem calendar, String[] texts) {
		Tenant tenant = tenants.create(name, language, calendar);
		UUID w = tenant.workspace().id();
		UUID sara = administration.ensureUser("sara-" + UUID.randomUUID() + "@example.com", texts[0],
				TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, sara, Role.ANALYST);
		UUID initiative = UUID.randomUUID();
		jdbc.sql("""
				insert into initiatives (workspace_id, id, title, status, metric, unit_kind, treated, control,
				  baseline_from, baseline_to, launch_on, min_effect, planned_end, created_by, created_at, updated_at)
				values (:w, :id, :title, 'running', 'nps', 'touchpoint', '["IVR billing"]', '["web"]',
				  date '2026-01-01', date '2026-01-31', date '2026-02-01', 0.05, date '2026-04-01', 'test', now(), now())""")
			.param("w", w).param("id", initiative).param("title", texts[1]).update();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
		plans.create(w, "test", new NewAction(texts[2], null, sara, today.minusDays(3), "in_progress", 60, initiative,
				"pain_point", "touchpoint:IVR billing", "IVR billing", null, null, null));
		plans.create(w, "test", new NewAction(texts[3], null, tenant.ownerId(), today.plusDays(10), null, null, null,
				"driver", UUID.randomUUID() + ":support", texts[4], null, null, null));
		plans.create(w, "test", new NewAction(texts[5], null, null, null, "on_hold", 20, null, "theme", "delivery",
				"delivery", null, null, null));
		plans.create(w, "test", new NewAction(texts[6], null, sara, today.minusDays(20), "done", null, null,
				"root_cause", "payment", "payment", null, null, null));
		plans.create(w, "test", new NewAction(texts[7], null, null, null, "cancelled", null, null, null, null, null,
				null, null, null));
		return tenant;
	}

	@Test
	void theBoardInEnglishAndInPersian() {
		Tenant english = board("Actions", "en", CalendarSystem.GREGORIAN, new String[] { "Sara Ahmadi",
				"Billing IVR redesign", "Shorten the billing IVR menu to two levels", "Explain the support hours",
				"Support: how easy it was to get help", "Deliver on the promised day", "Refund double charges",
				"Old e-mail campaign" });
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signIn(page, english, "en");
			page.navigate(url("/actions"));
			assertThat(page.textContent("#column-in_progress")).contains("Shorten the billing IVR menu", "Overdue",
					"Sara Ahmadi", "Pain point", "IVR billing", "Billing IVR redesign");
			assertThat(page.locator("#column-done details").getAttribute("open")).isNull();
			assertThat(page.isVisible("text=Refund double charges")).isFalse();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("actions-en.png")));
			page.click("#column-in_progress .action-card a");
			page.waitForSelector("#action-facts");
			assertThat(page.textContent("#action-insight")).contains("IVR billing");
			page.fill("#body", "Menu draft shared with the call centre");
			page.click("#comment-form button");
			page.waitForSelector(".comment");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("action-en.png")));
		}
		Tenant persian = board("اقدام‌ها", "fa", CalendarSystem.PERSIAN, new String[] { "سارا احمدی",
				"بازطراحی تلفن گویای صورت‌حساب", "کوتاه کردن منوی تلفن گویا به دو سطح", "توضیح ساعت‌های پشتیبانی",
				"پشتیبانی: آسانی دریافت کمک", "تحویل در روز وعده‌داده‌شده", "بازپرداخت پرداخت‌های دوباره",
				"کارزار ایمیلی قدیمی" });
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signIn(page, persian, "fa");
			page.navigate(url("/actions"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.textContent("#column-in_progress")).contains("کوتاه کردن منوی تلفن گویا", "دیرکرد",
					"سارا احمدی", "نقطهٔ درد");
			assertThat(page.textContent("#column-not_started")).contains("۱۴۰");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("actions-fa.png")));
			page.click("#column-in_progress .action-card a");
			page.waitForSelector("#action-facts");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("action-fa.png")));
		}
	}

	@Test
	void aPainPointShowsItsActionsAndStartsAnother() {
		Tenant tenant = tenants.create("Journey actions");
		demo.load(tenant.workspace().id(), 600, 5);
		plans.create(tenant.workspace().id(), "test", new NewAction("Shorten the billing IVR menu", null, null, null,
				null, null, null, "pain_point", "touchpoint:IVR billing", "IVR billing", null, null, null));
		LocalDate today = LocalDate.now();
		String period = "from=" + today.minusDays(400) + "&to=" + today.plusDays(1);
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1500, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/journeys?" + period));
			page.waitForSelector("#pain-points .insight-plans");
			// the panels loaded above the pain points are in: nothing moves under the clicks below
			page.waitForSelector("#owners-on-journey");
			page.waitForSelector("#initiatives-on-journey");
			var ivr = page.locator("#pain-points tr.pain-point", new Page.LocatorOptions().setHasText("IVR billing"));
			assertThat(ivr.locator(".insight-plans").textContent()).contains("1 action", "+ action", "+ initiative");
			ivr.locator(".insight-plans").scrollIntoViewIfNeeded();
			page.locator("#pain-points").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve("pain-points-actions-en.png")));
			ivr.locator(".add-action").click();
			page.waitForSelector("#action-form");
			assertThat(page.textContent("#from-insight")).contains("Pain point", "IVR billing");
			page.fill("#title", "Call back the IVR detractors");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("action-new-en.png")));
			page.click("#action-form button[type=submit]");
			page.waitForSelector("#action-facts");
			assertThat(page.textContent("#action-facts")).contains("IVR billing");
			page.navigate(url("/journeys?" + period));
			page.waitForSelector("#pain-points .insight-plans");
			assertThat(page.locator("#pain-points tr.pain-point", new Page.LocatorOptions().setHasText("IVR billing"))
				.locator(".insight-plans").textContent()).contains("2 actions");
		}
	}
}
