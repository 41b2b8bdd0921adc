package io.tajriba.browser;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.text.TextAnalytics;
import io.tajriba.text.internal.TextQueue;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A review in Hebrew of a Hebrew chat: the reviewer opens the form from the interaction alone (the agent and the chat
 * scorecard come by default), sees the transcript right to left beside the criteria (mirrored in the Hebrew page),
 * scores with the total kept live, is told next to the criterion left unanswered, and submits; the review page and
 * the team's page show the score. The same pages in English keep the transcript right to left.
 */
@TajribaTest
class ReviewPageTests extends ChromiumTest {

	static final String CHAT = "לקוח: שלום, ההזמנה שלי לא הגיעה כבר שבוע.\nנציגה: שלום! אני בודקת את זה עכשיו, "
			+ "אפשר את מספר ההזמנה?\nלקוח: 4471\nנציגה: מצאתי, החבילה תגיע מחר בבוקר.";

	static final String CARD = """
			{"name":"צ'אט שירות","channel":"chat","sections":[
			 {"title":"פתיחה","criteria":[
			  {"key":"greet","text":{"he":"הנציגה בירכה את הלקוח","en":"Greets the customer"},"scale":"yes_no"}]},
			 {"title":"טיפול","criteria":[
			  {"key":"solve","text":{"he":"הבעיה נפתרה","en":"Solves the problem"},"scale":"five","weight":3,"naAllowed":true},
			  {"key":"privacy","text":{"he":"אימות זהות הלקוח","en":"Checks who is writing"},"scale":"yes_no","critical":true}]}]}""";

	static final String CALLS = """
			{"name":"Calls","channel":"call","sections":[{"title":"All","criteria":[
			 {"key":"greet","text":{"en":"Greets the caller"},"scale":"yes_no"}]}]}""";

	@Autowired
	AccessAdministration administration;

	@Autowired
	TextAnalytics text;

	@Autowired
	TextQueue textQueue;

	@Autowired
	ObjectMapper mapper;

	@Test
	void aHebrewChatIsReviewedRightToLeftAndItsScoreShown() {
		Tenant tenant = tenants.create("בקרת איכות", "he", CalendarSystem.GREGORIAN);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID user = administration.ensureUser("noa-" + unique + "@example.com", "נועה כהן", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, user, Role.AGENT);
		assertThat(owner.postJson("/api/v1/teams", "{\"name\":\"צוות צ'אט\",\"lead\":\"" + tenant.ownerId()
				+ "\",\"agents\":[\"נועה\"]}").statusCode()).isEqualTo(201);
		String agent = id(key.postJson("/api/v1/agents", "{\"key\":\"נועה\",\"displayName\":\"נועה כהן\",\"user\":\""
				+ user + "\"}"));
		key.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"cust-he\",\"email\":\"cust-he@example.com\"}\n");
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", "{\"id\":\"chat-he-1\",\"customer\":\"cust-he\","
				+ "\"type\":\"chat\",\"channel\":\"chat\",\"agent\":\"נועה\",\"occurredAt\":\"2026-05-04T09:30:00Z\","
				+ "\"durationSeconds\":245,\"text\":" + mapper.writeValueAsString(CHAT) + "}\n").body())
			.contains("\"accepted\":1");
		id(key.postJson("/api/v1/scorecards", CALLS));
		String card = id(key.postJson("/api/v1/scorecards", CARD));
		// the transcript's language comes from text analytics, which reads it in the background
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			textQueue.drain(Duration.ofSeconds(5));
			return text.result(tenant.workspace().id(), "interaction", "chat-he-1", "").isPresent();
		});

		String review;
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "he");
			page.navigate(url("/reviews/new?interaction=chat-he-1"));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			assertTranscriptRightToLeft(page);
			// the agent the interaction records and the scorecard made for chats, though "Calls" comes first
			assertThat(page.inputValue("#agent")).isEqualTo(agent);
			assertThat(page.inputValue("#scorecard")).isEqualTo(card);
			assertThat(page.textContent("#review-form")).contains("הנציגה בירכה את הלקוח", "אימות זהות הלקוח");
			// right to left, the transcript is the right-hand column
			assertThat(page.locator("#transcript-card").boundingBox().x)
				.isGreaterThan(page.locator("#review-form").boundingBox().x);

			page.click("label[for='scores.greet-1']");
			page.click("label[for='scores.solve-4']");
			// (1 + 3 · 0.75) / 4 without the critical criterion yet: 81.25, half to even as the server rounds
			assertThat(page.textContent("#total-score")).isEqualTo("81.2%");
			page.fill("textarea[name='comments.solve']", "מצאה את החבילה ונתנה מועד מסירה");
			page.click("#submit-review");
			page.waitForSelector("[data-problem-for='scores.privacy']");
			assertThat(page.locator(".points[data-field='scores.privacy'] [data-problem-for='scores.privacy']").count())
				.isEqualTo(1);
			page.click("label[for='scores.privacy-0']");
			assertThat(page.textContent("#total-score")).isEqualTo("0%");
			assertThat(page.locator("#total-autofail").isVisible()).isTrue();
			page.click("label[for='scores.privacy-1']");
			// (1 + 3 · 0.75 + 1) / 5
			assertThat(page.textContent("#total-score")).isEqualTo("85%");
			assertThat(page.locator("#total-autofail").isVisible()).isFalse();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("review-form-he.png")));
			page.click("#submit-review");
			page.waitForURL(Pattern.compile(".*/reviews/[0-9a-f-]{36}$"));
			review = page.url().substring(page.url().lastIndexOf('/') + 1);
			assertThat(page.textContent("#review-score")).isEqualTo("85%");
			assertThat(page.textContent("#review-status")).isEqualTo("ממתינה לאישור");
			assertThat(page.textContent("#scorecard-version")).isEqualTo("גרסה 1");
			assertThat(String.join(" ", page.locator(".review-criteria").allTextContents())).contains("מצאה את החבילה");
			assertTranscriptRightToLeft(page);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("review-page-he.png")));

			page.navigate(url("/agents"));
			page.click("#agents a:has-text(\"צוות צ'אט\")");
			page.waitForSelector("#team-agents");
			assertThat(page.textContent("#team-lead")).contains("Owner");
			assertThat(page.textContent("#team-agents")).contains("נועה כהן");
			assertThat(page.textContent("#team-reviews")).contains("85%", "צ'אט שירות");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("team-he.png")));
		}
		assertThat(key.get("/api/v1/reviews/" + review).body()).contains("\"score\":0.85", "\"comment\":\"מצאה את החבילה");
		inPersianAndArabic(owner, review, card);
		assertThat(owner.get("/reviews/new?assignment=" + UUID.randomUUID()).body()).contains("id=\"assignment-missing\"");

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/reviews/new?interaction=chat-he-1&agent=" + agent + "&scorecard=" + card));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");
			assertTranscriptRightToLeft(page);
			assertThat(page.locator("#transcript-card").boundingBox().x)
				.isLessThan(page.locator("#review-form").boundingBox().x);
			assertThat(page.textContent("#review-form")).contains("Greets the customer");
			page.click("label[for='scores.greet-1']");
			page.click("label[for='scores.solve-na']");
			page.click("label[for='scores.privacy-1']");
			assertThat(page.textContent("#total-score")).isEqualTo("100%");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("review-form-en.png")));
			page.navigate(url("/reviews/" + review));
			assertThat(page.textContent("#review-score")).isEqualTo("85%");
			assertThat(String.join(" ", page.locator(".review-criteria").allTextContents())).contains("4 of 5", "75%");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("review-page-en.png")));
			page.navigate(url("/reviews?agent=" + agent));
			assertThat(page.locator("#reviews tbody tr").count()).isEqualTo(1);
			page.navigate(url("/agents"));
			page.click("#teams a");
			page.waitForSelector("#team-agents");
			assertThat(page.textContent("#team-figures")).contains("CSAT");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("team-en.png")));
		}
	}

	/** Every page of reviews, scorecards and teams in Persian and Arabic: right to left, and no message missing. */
	void inPersianAndArabic(WebClient owner, String review, String card) {
		String team = mapper.readTree(owner.get("/api/v1/teams").body()).get(0).get("id").asString();
		for (String language : new String[] { "fa", "ar" }) {
			for (String path : new String[] { "/reviews", "/reviews/" + review, "/reviews/new?interaction=chat-he-1",
					"/reviews/new", "/reviews/disputes", "/quality/scorecards", "/quality/scorecards/" + card,
					"/quality/scorecards/new", "/agents/teams/" + team, "/agents/home" }) {
				var response = owner.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(response.body()).as(path).contains("dir=\"rtl\"", "lang=\"" + language + "\"")
					.doesNotContain("??");
			}
		}
	}

	void assertTranscriptRightToLeft(Page page) {
		assertThat(page.getAttribute("#transcript", "dir")).isEqualTo("rtl");
		assertThat(page.getAttribute("#transcript", "lang")).isEqualTo("he");
		assertThat(page.evaluate("getComputedStyle(document.getElementById('transcript')).direction")).isEqualTo("rtl");
		assertThat(page.textContent("#transcript")).contains("ההזמנה שלי לא הגיעה");
	}

	String id(java.net.http.HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return mapper.readTree(response.body()).get("id").asString();
	}
}
