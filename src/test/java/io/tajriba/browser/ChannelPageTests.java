package io.tajriba.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Channels page with each channel's kind, changed with its select, in English and in Arabic. */
@TajribaTest
class ChannelPageTests extends ChromiumTest {

	@Test
	void aChannelIsMadeOnlineFromItsSelectInEnglishAndShownInArabic() {
		Tenant tenant = tenants.create("قنوات");
		String events = """
				{"id":"e1","customer":"c1","type":"visit","channel":"web","touchpoint":"home page","occurredAt":"2026-05-01T09:00:00Z"}
				{"id":"e2","customer":"c1","type":"purchase","channel":"store","touchpoint":"فرع الرياض","occurredAt":"2026-05-02T09:00:00Z"}
				{"id":"e3","customer":"c2","type":"visit","channel":"webinar","touchpoint":"spring launch","occurredAt":"2026-05-03T09:00:00Z"}
				{"id":"e4","customer":"c2","type":"call","channel":"call_center","occurredAt":"2026-05-04T09:00:00Z"}
				""";
		assertThat(WebClient.withKey(port, tenant.apiKey()).post("/api/v1/interactions", "application/x-ndjson", events)
			.body()).contains("\"accepted\":4");
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/channels"));
			assertThat(page.inputValue("#kind-web")).isEqualTo("online");
			assertThat(page.inputValue("#kind-webinar")).isEqualTo("offline");
			page.selectOption("#kind-webinar", "online");
			page.click("#channel-webinar .channel-kind button[type=submit]");
			page.waitForSelector("#saved");
			assertThat(page.textContent("#saved")).contains("webinar");
			assertThat(page.inputValue("#kind-webinar")).isEqualTo("online");
			assertThat(page.textContent("#kind-store")).contains("Offline");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("channels-en.png")));

			page.navigate(url("/channels?lang=ar"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(page.inputValue("#kind-webinar")).isEqualTo("online");
			assertThat(page.textContent("#kind-call_center")).contains("حضوري");
			assertThat(page.textContent("#channel-webinar label")).isEqualTo("النوع");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("channels-ar.png")));
		}
	}
}
