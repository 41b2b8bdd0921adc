package io.tajriba.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.employees.EmployeeFixtures;
import io.tajriba.employees.PulseSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employee answers a pulse from their link, in Persian on a phone and in English on a desktop: right to left
 * where due, the wave's items only, eNPS required, the anonymity note, the thank-you page, and a used link.
 */
@TajribaTest
class PulseFormPageTests extends ChromiumTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PulseSetup setup;

	@Test
	void aPulseIsAnsweredInPersianOnAPhoneAndInEnglish() {
		var tenant = tenants.create("Pulse form");
		UUID w = tenant.workspace().id();
		var fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Care", "Service");
		fixtures.employee(w, "fa-1", "Sara", "sara@form-pulse.test", "Care", "Tehran", null, null);
		fixtures.employee(w, "en-1", "Omid", "omid@form-pulse.test", "Care", "Tehran", null, null);
		jdbc.sql("update employees set language = case id when 'fa-1' then 'fa' else 'en' end where workspace_id = :w")
			.param("w", w).update();
		UUID program = setup.createProgram(w, new PulseSetup.NewProgram("Pulse", "monthly", 3, 100, 7, 3,
				LocalDate.now().plusMonths(1)));
		var wave = setup.openWave(w, program, Instant.now());
		// the links handed over are the ones answered here: no mail replaces them meanwhile
		jdbc.sql("update pulse_invitations set mail_status = 'none' where workspace_id = :w").param("w", w).update();

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			String path = "/s/pulse/" + wave.tokensByEmployee().get("fa-1");
			page.navigate(url(path));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fa");
			assertThat(page.textContent("h1")).isEqualTo("نبض: کار چطور پیش می‌رود؟");
			assertThat(page.textContent("#anonymity")).contains("هیچ نام", "۵");
			assertThat(page.locator("fieldset.question").count()).isEqualTo(5);
			assertThat(page.locator("#question-recognition").count()).isZero();
			assertThat(page.textContent("#question-engagement_proud legend")).contains("به کار کردن در اینجا افتخار می‌کنم");
			// the scale reads right to left: 0 on the right
			assertThat(page.locator("label[for=enps-0]").boundingBox().x)
				.isGreaterThan(page.locator("label[for=enps-10]").boundingBox().x);
			// nothing runs off the phone's screen
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("pulse-form-fa-mobile.png")));

			page.click("label[for=engagement_proud-4]");
			page.click("button[type=submit]");
			assertThat(page.textContent("#question-enps .error")).isEqualTo("لطفاً امتیازی انتخاب کنید: پاسخ به این پرسش الزامی است.");
			assertThat(page.locator("#engagement_proud-4").isChecked()).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("pulse-form-fa-error.png")));
			page.click("label[for=enps-8]");
			page.fill("#comment", "ابزار پاسخگویی کند است و مشتریان منتظر می‌مانند");
			page.click("button[type=submit]");
			page.waitForSelector("#thanks");
			assertThat(page.textContent("#thanks")).contains("سپاسگزاریم");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("pulse-thanks-fa-mobile.png")));
			page.navigate(url(path));
			assertThat(page.locator("#used").count()).isEqualTo(1);
			assertThat(page.locator("#pulse-form").count()).isZero();
		}
		assertThat(jdbc.sql("select language || ' ' || enps || ' ' || items::text from pulse_answers where workspace_id = :w")
			.param("w", w).query(String.class).single()).isEqualTo("fa 8 {\"engagement_proud\": 4}");

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900))) {
			Page page = context.newPage();
			String path = "/s/pulse/" + wave.tokensByEmployee().get("en-1");
			page.navigate(url(path + "?lang=he"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			// the language switch: back to English
			page.click("#languages a[lang=en]");
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");
			assertThat(page.textContent("#question-enps legend"))
				.contains("How likely are you to recommend working here as a place to work?");
			assertThat(page.textContent("#anonymity")).contains("no name, e-mail or time is stored");
			page.click("label[for=enps-10]");
			page.click("label[for=engagement_future-5]");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("pulse-form-en.png")));
			page.click("button[type=submit]");
			page.waitForSelector("#thanks");
			assertThat(page.textContent("#thanks")).contains("Thank you");
		}
		assertThat(jdbc.sql("select count(*) from pulse_answers where workspace_id = :w and language = 'en'")
			.param("w", w).query(Integer.class).single()).isEqualTo(1);

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			var unknown = page.navigate(url("/s/pulse/" + "Z".repeat(43) + "?lang=fa"));
			assertThat(unknown.status()).isEqualTo(404);
			assertThat(page.locator("#unknown").count()).isEqualTo(1);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("pulse-unknown.png")));
		}

		// the analysts' page shows the wave with its participation, in Persian
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
			Page page = context.newPage();
			signIn(page, tenant, "fa");
			page.navigate(url("/employees/pulse"));
			assertThat(page.textContent(".wave .answered")).isEqualTo("۲");
			assertThat(page.textContent(".wave .participation")).contains("۱۰۰٪");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("pulse-programs-fa.png")));
		}
	}
}
