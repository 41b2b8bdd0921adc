package io.tajriba.browser;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.text.TextAnalytics;
import io.tajriba.text.internal.TextQueue;
import io.tajriba.workspaces.CalendarSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrections loop in Arabic: a workspace whose analysts have corrected a hundred texts and adapted its model
 * picks the next text to check, corrects its sentiment, emotion and themes in the form, sees the themes view and
 * the texts page count the text as corrected, learns from the corrections again, and reads the adapted model's
 * accuracy on the corrected texts it never learnt from.
 */
@TajribaTest
class TextCorrectionPageTests extends ChromiumTest {

	/** The model reads it neutral and about delivery; the analyst knows a week's wait is bad, and a wait. */
	static final String WEEK = "الطلب وصل بعد أسبوع كامل";
	static final String[] FILLERS = { "الأسبوع الماضي", "يوم الاثنين", "في فرع المول", "مع القسيمة", "لأختي", "للمكتب" };

	@Autowired
	TextAnalytics text;

	@Autowired
	TextQueue queue;

	@Autowired
	ObjectMapper mapper;

	@Test
	void aTextIsCorrectedInArabicAndTheFiguresFollow() {
		Tenant tenant = tenants.create("تصحيح القراءة", "ar", CalendarSystem.ISLAMIC);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		correctedAndAdapted(tenant, key);

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1100))) {
			Page page = context.newPage();
			signIn(page, tenant, "ar");
			page.navigate(url("/text/themes"));
			assertThat(page.locator("tr[data-theme=waiting_time]").count()).isZero();
			String delivery = page.textContent("tr[data-theme=delivery] .sentiment-counts");
			page.navigate(url("/text"));
			String negative = page.textContent("#sentiment-shares tr[data-sentiment=negative]");
			String neutral = page.textContent("#sentiment-shares tr[data-sentiment=neutral]");

			page.click("#text-tabs a[href='/text/check']");
			page.waitForURL("**/text/check");
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			// the texts the model is least sure of come first; this one is among them
			Locator first = page.locator(".to-check").filter(new Locator.FilterOptions().setHasText(WEEK));
			assertThat(first.textContent()).contains(WEEK, "محايد");
			first.locator("label[for$='-s-negative']").click();
			first.locator("label[for$='-e-frustration']").click();
			first.locator("label[for$='-t-waiting_time']").click();
			first.locator("button[value=save]").click();
			page.waitForSelector("#saved");
			assertThat(page.textContent("#saved")).contains("حُفظ التصحيح");
			assertThat(page.locator(".to-check:has-text('" + WEEK + "')").count()).isZero();

			page.click("#adapt button[type=submit]");
			page.waitForSelector("#adapted");
			assertThat(page.textContent("#adapted")).contains("العربية", "احتُفظ به");
			assertThat(page.textContent("#accuracy")).contains("الدقة على النصوص المصحَّحة", "فترة ثقة 95%");
			Locator arabic = page.locator("#accuracy tr[data-language=ar]");
			assertThat(arabic.locator("td.adapted").textContent()).contains("%", "من");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("text-check-ar.png")));

			page.navigate(url("/text/themes"));
			assertThat(page.locator("tr[data-theme=waiting_time]").count()).isEqualTo(1);
			assertThat(page.textContent("tr[data-theme=delivery] .sentiment-counts")).isNotEqualTo(delivery);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("text-themes-ar.png")));

			page.navigate(url("/text?theme=waiting_time"));
			assertThat(page.textContent(".text-analysis")).contains(WEEK, "مُصحَّح", "سلبي", "إحباط", "waiting_time");
			page.navigate(url("/text"));
			assertThat(page.textContent("#sentiment-shares tr[data-sentiment=negative]")).isNotEqualTo(negative);
			assertThat(page.textContent("#sentiment-shares tr[data-sentiment=neutral]")).isNotEqualTo(neutral);
			assertThat(page.textContent("#accuracy-all")).contains("وافقت القراءة المحللين");
			// the figures at the top of the page: the list of texts below runs long
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("text-ar.png")));

			page.navigate(url("/text/check?language=ar&lang=en"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");
			assertThat(page.textContent("#accuracy")).contains("Accuracy on corrected texts", "Adapted model");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("text-check-en.png")));
		}
		assertThat(mapper.readTree(key.get("/api/v1/text/accuracy").body()).get("reading").get("n").asInt())
			.isEqualTo(101);
		assertThat(text.result(tenant.workspace().id(), "interaction", "week", "").orElseThrow())
			.satisfies(a -> {
				assertThat(a.sentiment()).isEqualTo("negative");
				assertThat(a.themes()).contains("delivery", "waiting_time");
			});
	}

	/**
	 * A hundred texts about the workspace's own words, which the shipped model misreads, corrected through the
	 * API and adapted to; and three texts still to check.
	 */
	private void correctedAndAdapted(Tenant tenant, WebClient key) {
		var workspaceId = tenant.workspace().id();
		var texts = new ArrayList<TextAnalytics.Submitted>();
		for (int i = 0; i < 100; i++) {
			String body = (i % 2 == 0 ? "كيويباي " : "بلورغ ") + FILLERS[i % FILLERS.length] + " " + i;
			texts.add(new TextAnalytics.Submitted("seed-" + i, "", body, null, null));
		}
		texts.add(new TextAnalytics.Submitted("week", "", WEEK, null, null));
		texts.add(new TextAnalytics.Submitted("fast", "", "الخدمة ممتازة والتوصيل سريع", null, null));
		texts.add(new TextAnalytics.Submitted("app", "", "التطبيق يتعطل كل يوم", null, null));
		text.enqueue(workspaceId, "interaction", texts);
		for (int i = 0; i < 100 && queue.queued(workspaceId) > 0; i++) {
			queue.drain(Duration.ofSeconds(5));
		}
		for (JsonNode row : mapper.readTree(key.get("/api/v1/text/results?limit=1000").body())) {
			String body = row.get("text").asString();
			if (body.startsWith("كيويباي") || body.startsWith("بلورغ")) {
				String sentiment = body.startsWith("كيويباي") ? "positive" : "negative";
				var response = key.send("/api/v1/text/analyses/" + row.get("id").asString() + "/correction",
						HttpRequest.newBuilder().header("Content-Type", "application/json")
							.PUT(HttpRequest.BodyPublishers.ofString("{\"sentiment\":\"" + sentiment + "\"}")));
				assertThat(response.statusCode()).isEqualTo(200);
			}
		}
		assertThat(key.postJson("/api/v1/text/adaptation", "[]").body()).contains("\"language\":\"ar\"", "\"kept\":true");
	}
}
