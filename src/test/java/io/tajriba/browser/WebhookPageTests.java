package io.tajriba.browser;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhooks pages in English and Persian: a new endpoint with its secret shown once, a test sent, the log. */
@TajribaTest
class WebhookPageTests extends ChromiumTest {

	@Test
	void anEndpointIsAddedTestedAndItsLogShownInEnglishAndPersian() throws Exception {
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger received = new AtomicInteger();
		receiver.createContext("/", exchange -> {
			exchange.getRequestBody().readAllBytes();
			received.incrementAndGet();
			byte[] body = "{\"ok\":true}".getBytes();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		receiver.start();
		try {
			Tenant tenant = tenants.create("وب‌هوک");
			String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
			for (String language : List.of("en", "fa")) {
				try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
					Page page = context.newPage();
					signIn(page, tenant, language);
					page.navigate(url("/reports/webhooks"));
					assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
					page.fill("#url", "ftp://nowhere.example");
					page.evaluate("document.querySelector('#url').type = 'text'");
					page.check("#type-response\\.completed");
					page.click("#new-webhook button[type=submit]");
					assertThat(page.textContent("#webhook-error")).contains("url");

					page.fill("#url", url + "/" + language);
					page.fill("#description", "<b>CRM</b> سامانهٔ مشتریان");
					page.check("#type-response\\.completed");
					page.check("#type-case\\.closed");
					page.click("#new-webhook button[type=submit]");
					page.waitForSelector("#webhook-secret");
					assertThat(page.textContent("#webhook-secret .secret")).startsWith("whsec_");
					assertThat(page.textContent("section")).contains("<b>CRM</b>");
					page.click("#send-test");
					page.waitForSelector("#test-result");
					assertThat(page.locator("#webhook-secret").count()).isZero();
					assertThat(page.locator("#deliveries tbody tr").count()).isEqualTo(1);
					assertThat(page.textContent("#deliveries")).contains("webhook.test", "msg_");
					page.click("#deliveries details summary");
					page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
						.setPath(SCREENSHOTS.resolve("webhook-" + language + ".png")));

					page.navigate(url("/reports/webhooks"));
					assertThat(page.locator("#webhooks tbody tr").count()).isEqualTo(language.equals("en") ? 1 : 2);
					page.click("#schema-response\\.completed summary");
					assertThat(page.textContent("#schema-response\\.completed pre")).contains("responseId",
							"2020-12");
					page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
						.setPath(SCREENSHOTS.resolve("webhooks-" + language + ".png")));
				}
			}
			assertThat(received).hasValue(2);
		}
		finally {
			receiver.stop(0);
		}
	}
}
