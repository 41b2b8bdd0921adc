package io.tajriba.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The personas page in English and Persian: personas with their customers, suggestions found and accepted. */
@TajribaTest
class PersonaPageTests extends ChromiumTest {

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

		String profile = key.get("/api/v1/customers/c3").body();
		String appCustomer = profile.substring(profile.indexOf("\"id\":\"") + 6, profile.indexOf("\"id\":\"") + 42);
		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
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
					.setPath(SCREENSHOTS.resolve("personas-" + language + ".png")));
				page.navigate(url("/customers/" + appCustomer));
				assertThat(page.textContent("#persona")).isEqualTo("سارا، مشتری اپلیکیشن");
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(SCREENSHOTS.resolve("customer-persona-" + language + ".png")));
			}
		}
	}

}
