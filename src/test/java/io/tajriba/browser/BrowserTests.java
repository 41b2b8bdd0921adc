package io.tajriba.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in Debian's Chromium: sign in, switch languages, right to left for Persian, Arabic and Hebrew.
 * Screenshots go to {@code target/screenshots} to be looked at.
 */
@TajribaTest
class BrowserTests extends ChromiumTest {

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

	@Test
	void theExplorerAndTheCustomer360PageInEnglishAndPersian() {
		Tenant tenant = tenants.create("فروشگاه آنلاین", "en", CalendarSystem.PERSIAN);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"cust-1042","email":"sara.karimi@example.com","phone":"+98 912 345 6789","locale":"fa-IR","attributes":{"نام":"سارا کریمی","city":"Tehran","plan":"gold","age":34}}
				{"id":"cust-2077","email":"david@example.com","locale":"en","attributes":{"city":"Berlin"}}
				""");
		Instant now = Instant.now();
		StringBuilder events = new StringBuilder();
		event(events, "b1", "cust-1042", "visit", "web", "صفحه اصلی", now.minus(Duration.ofDays(3)), null, null, null);
		event(events, "b2", "cust-1042", "purchase", "web", "checkout", now.minus(Duration.ofDays(3).minusMinutes(20)),
				"12500000", "IRR", null);
		event(events, "b3", "cust-1042", "support_ticket", "call_center", "پشتیبانی تلفنی",
				now.minus(Duration.ofDays(1)), null, null, "ارسال سفارش دیر شد و کسی پاسخگو نبود. لطفاً پیگیری کنید.");
		event(events, "b4", "cust-1042", "review", "app", "app store", now.minus(Duration.ofHours(5)), null, null,
				"اپلیکیشن عالی است، ولی پرداخت <b>کند</b> بود.");
		event(events, "b5", "cust-2077", "chat", "web", "help widget", now.minus(Duration.ofHours(2)), null, null,
				"Where is my order? It was due last week and tracking shows nothing at all since Monday.");
		event(events, "b6", "cust-2077", "purchase", "store", "Berlin Mitte", now.minus(Duration.ofHours(1)), "89.90",
				"EUR", null);
		events.append("{\"id\":\"b7\",\"customer\":\"cust-2077\",\"type\":\"call\",\"channel\":\"call_center\","
				+ "\"occurredAt\":\"yesterday\",\"text\":\"تماس درباره مرجوعی\"}\n");
		key.post("/api/v1/interactions", "application/x-ndjson", events.toString());
		String customer = key.get("/api/v1/customers/cust-1042").body()
			.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login?lang=en"));
			page.fill("#email", tenant.ownerEmail());
			page.fill("#password", tenant.password());
			page.click("button[type=submit]");
			page.waitForURL(url("/"));
			for (String language : List.of("en", "fa")) {
				page.navigate(url("/interactions?lang=" + language));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				assertThat(page.locator("tr.interaction").count()).isEqualTo(6);
				assertThat(page.textContent("#interactions")).contains("<b>کند</b>");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("interactions-" + language + ".png")));

				page.navigate(url("/customers/" + customer));
				assertThat(page.textContent("h1")).isEqualTo("cust-1042");
				assertThat(page.locator(".timeline-entry").count()).isEqualTo(4);
				assertThat(page.textContent("#attributes")).contains("سارا کریمی");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("customer-" + language + ".png")));
			}
			assertThat(page.textContent("#revenue")).contains("۱۲٬۵۰۰٬۰۰۰");
			page.navigate(url("/rejected-rows"));
			assertThat(page.locator(".rejected-row").count()).isEqualTo(1);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("rejected-rows-fa.png")));
			page.navigate(url("/channels"));
			assertThat(page.textContent("#channel-web")).contains("۳");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("channels-fa.png")));
		}
	}

	private static void event(StringBuilder out, String id, String customer, String type, String channel,
			String touchpoint, Instant at, String value, String currency, String text) {
		out.append("{\"id\":\"").append(id).append("\",\"customer\":\"").append(customer)
			.append("\",\"type\":\"").append(type).append("\",\"channel\":\"").append(channel)
			.append("\",\"touchpoint\":\"").append(touchpoint).append("\",\"occurredAt\":\"").append(at)
			.append("\",\"agent\":").append(type.equals("support_ticket") ? "\"مریم احمدی\"" : "null");
		if (value != null) {
			out.append(",\"value\":").append(value).append(",\"currency\":\"").append(currency).append('"');
		}
		if (text != null) {
			out.append(",\"text\":\"").append(text).append('"');
		}
		out.append("}\n");
	}

}
