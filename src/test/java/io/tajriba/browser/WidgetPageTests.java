package io.tajriba.browser;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.surveys.domain.CustomerSignature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's own page (another origin) carries the widget's script tag: a visitor opens the feedback panel and answers
 * in English and in Arabic; the analyst then finds the answers in the filtered responses list and opens one.
 */
@TajribaTest
class WidgetPageTests extends ChromiumTest {

	/**
	 * The shop is a site elsewhere (its page is handed to the browser), which Chromium would keep from reaching a
	 * local address such as the application's here; in real use the application has a public address.
	 */
	static Browser shopBrowser;

	@org.junit.jupiter.api.BeforeAll
	static void launchForTheShop() {
		shopBrowser = playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM).setHeadless(true).setArgs(java.util.List.of("--no-sandbox", "--disable-gpu",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--disable-features=LocalNetworkAccessChecks")));
	}

	@org.junit.jupiter.api.AfterAll
	static void closeTheShopsBrowser() {
		if (shopBrowser != null) {
			shopBrowser.close();
		}
	}

	@Test
	void visitorsAnswerFromTheShopsPageAndTheAnalystDrillsDown() {
		Tenant tenant = tenants.create("Widget pages");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = SurveyPageTests.published(key, "nps-relationship");
		key.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"shopper-1\"}\n");
		// the owner's session gets the widget's secret, with which the shop's backend signs its customer
		String enabled = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password())
			.postJson("/api/v1/surveys/" + survey + "/widget", "").body();
		var widget = Pattern.compile("\"key\":\"([A-Za-z0-9_-]+)\"").matcher(enabled);
		assertThat(widget.find()).isTrue();
		var secret = Pattern.compile("\"secret\":\"([A-Za-z0-9_-]+)\"").matcher(enabled);
		assertThat(secret.find()).isTrue();
		String signature = CustomerSignature.sign(secret.group(1), "shopper-1");

		Map<String, String> shops = Map.of("en", "Our shop", "ar", "متجرنا");
		for (String language : shops.keySet()) {
			boolean rtl = language.equals("ar");
			String html = "<!DOCTYPE html><html lang=\"" + language + "\" dir=\"" + (rtl ? "rtl" : "ltr")
					+ "\"><head><meta charset=\"utf-8\"><title>Shop</title></head><body style=\"font-family:sans-serif\"><h1>"
					+ shops.get(language) + "</h1><script src=\"" + url("/js/widget.js") + "\" data-survey=\""
					+ widget.group(1) + "\" data-customer=\"shopper-1\" data-signature=\"" + signature + "\" data-touchpoint=\"product page\" async></script></body></html>";
			String shop = "http://shop.example";
			try (var context = shopBrowser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 800))) {
				context.route(shop + "/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
					.setContentType("text/html; charset=utf-8").setBody(html)));
				Page page = context.newPage();
				page.navigate(shop + "/product");
				page.click(".tajriba-widget-button");
				// the button and panel sit on the reading side's end: right in English, left in Arabic
				double x = page.locator(".tajriba-widget-panel").boundingBox().x;
				assertThat(rtl ? x < 300 : x > 500).isTrue();
				FrameLocator frame = page.frameLocator(".tajriba-widget-panel iframe");
				assertThat(frame.locator("html").getAttribute("dir")).isEqualTo(rtl ? "rtl" : "ltr");
				frame.locator("label[for=nps-4]").click();
				frame.locator("button[type=submit]").click();
				frame.locator("#question-improve textarea").fill(rtl ? "التوصيل كان بطيئا جدا" : "Delivery was far too slow");
				page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-" + language + ".png")));
				frame.locator("button[type=submit]").click();
				frame.locator("#thanks").waitFor();
			}
		}

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = context.newPage();
			for (String language : new String[] { "en", "fa" }) {
				signIn(page, tenant, language);
				// the owner finds the secret beside the script tag, to give to the shop's backend
				page.navigate(url("/surveys/" + survey));
				assertThat(page.inputValue("#widget-secret")).isEqualTo(secret.group(1));
				page.navigate(url("/surveys/" + survey + "/responses?question=nps&max=6&touchpoint=product+page"));
				assertThat(page.locator("tr.response").count()).isEqualTo(2);
				assertThat(page.textContent("#total")).isEqualTo(language.equals("fa") ? "۲" : "2");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("responses-" + language + ".png")));
				page.click("tr.response a.drill >> nth=0");
				page.waitForSelector("#answers");
				assertThat(page.textContent("#answers")).containsAnyOf("التوصيل كان بطيئا جدا", "Delivery was far too slow");
				assertThat(page.textContent("#context")).contains("shopper-1", "product page");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("response-" + language + ".png")));
			}
		}
	}
}
