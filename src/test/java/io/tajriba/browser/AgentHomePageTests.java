package io.tajriba.browser;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.CalendarSystem;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's home: the member linked to an agent signs in, finds their reviews to acknowledge, their quality score
 * of this month and the last from the random sample, and their CSAT; acknowledges one review and disputes another,
 * which a reviewer then finds among the disputes and partly accepts with a new score. A member linked to no agent
 * is told so.
 */
@TajribaTest
class AgentHomePageTests extends ChromiumTest {

	static final String CARD = """
			{"name":"צ'אט","channel":"chat","sections":[{"title":"טיפול","criteria":[
			 {"key":"greet","text":{"he":"הנציג בירך את הלקוח","en":"Greets the customer"},"scale":"yes_no"},
			 {"key":"solve","text":{"he":"הבעיה נפתרה","en":"Solves the problem"},"scale":"five","weight":3}]}]}""";

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	String card;
	String agent;

	@Test
	void theAgentAcknowledgesAReviewAndDisputesAnotherThatAReviewerPartlyAccepts() {
		tenant = tenants.create("בית הנציג", "he", CalendarSystem.GREGORIAN);
		key = WebClient.withKey(port, tenant.apiKey());
		String email = "dana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		UUID user = administration.ensureUser(email, "דנה לוי", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, user, Role.AGENT);
		agent = id(key.postJson("/api/v1/agents", "{\"key\":\"דנה\",\"displayName\":\"דנה לוי\",\"user\":\"" + user
				+ "\"}"));
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", "{\"id\":\"chat-9\",\"type\":\"chat\","
				+ "\"channel\":\"chat\",\"agent\":\"דנה\",\"occurredAt\":\"2026-05-04T09:30:00Z\","
				+ "\"text\":\"שלום, איך אפשר לעזור?\"}\n").body()).contains("\"accepted\":1");
		card = id(key.postJson("/api/v1/scorecards", CARD));
		csat();
		// the weekly sample's reviews: last month 1.0 and (0 + 3 · 1) / 4 = 0.75, this month (1 + 3 · 0.5) / 4
		YearMonth now = YearMonth.now(clock.withZone(tenant.workspace().timeZone()));
		sampled(review(1, 5), now.minusMonths(1));
		sampled(review(0, 5), now.minusMonths(1));
		sampled(review(1, 3), now);
		String acknowledged = review(1, 4);
		String disputed = review(0, 2);
		// a coaching session on greeting, with one agreed action still open
		java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(tenant.workspace().timeZone()));
		var coached = key.postJson("/api/v1/coaching", "{\"agent\":\"" + agent + "\",\"coach\":\"" + tenant.ownerId()
				+ "\",\"heldOn\":\"" + today.minusDays(3) + "\",\"format\":\"one_to_one\",\"status\":\"held\","
				+ "\"focus\":[{\"kind\":\"criterion\",\"key\":\"greet\"}],"
				+ "\"actions\":[{\"text\":\"לברך כל לקוח בשמו\"}],\"followUpOn\":\"" + today.plusDays(7) + "\"}");
		assertThat(coached.statusCode()).as(coached.body()).isEqualTo(201);

		// a principle measured by both criteria: the agent's random reviews pool 1, 0, 1 and 1, 1, 0.5: 75%
		var principle = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password()).postJson("/api/v1/principles",
				"{\"statement\":{\"he\":\"אנחנו פותרים את זה כבר בפעם הראשונה\",\"en\":\"We solve it the first time\"},"
						+ "\"criteria\":[\"greet\",\"solve\"]}");
		assertThat(principle.statusCode()).as(principle.body()).isEqualTo(201);

		for (String language : new String[] { "en", "he" }) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
				Page page = context.newPage();
				signInAs(page, email, language);
				assertThat(page.getAttribute(".navbar-brand", "href")).isEqualTo("/agents/home");
				page.click(".navbar-nav a[href='/agents/home']");
				page.waitForSelector("#iqs-trend");
				page.waitForLoadState(LoadState.LOAD);
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("he") ? "rtl" : "ltr");
				assertThat(page.textContent("h1")).contains("דנה לוי");
				assertThat(page.locator(".iqs-month").count()).isEqualTo(6);
				assertThat(page.textContent(".iqs-month[data-month='" + now.minusMonths(1) + "']")).contains("87.5");
				assertThat(page.textContent(".iqs-month[data-month='" + now + "']")).contains("62.5");
				assertThat(page.textContent("#home-csat")).contains("75%");
				assertThat(page.textContent("#home-coaching")).contains(language.equals("he") ? "הנציג בירך את הלקוח" : "Greets the customer");
				assertThat(page.textContent("#home-open-actions")).contains("לברך כל לקוח בשמו");
				page.waitForSelector("#principles-on-home .principle-row");
				assertThat(page.textContent("#principles-on-home .principle-row")).contains(
						language.equals("he") ? "אנחנו פותרים את זה כבר בפעם הראשונה" : "We solve it the first time", "75%",
						"n=6");
				if (language.equals("en")) {
					assertThat(page.locator(".waiting-review").count()).isEqualTo(5);
					assertThat(page.textContent(".iqs-month[data-month='" + now.minusMonths(1) + "']")).contains("2 random reviews");
					assertThat(page.textContent("#home-csat")).contains("4 answers");
					page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
						.setPath(SCREENSHOTS.resolve("agent-home-en.png")));
					continue;
				}
				page.click(".waiting-review:has(a[href='/reviews/" + acknowledged + "']) button[data-acknowledge]");
				// the page reloads once the review is acknowledged
				PlaywrightAssertions.assertThat(page.locator(".waiting-review"))
					.hasCount(4, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
				assertThat(page.locator("a[href='/reviews/" + acknowledged + "']").count()).isZero();
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("agent-home-he.png")));

				page.navigate(url("/reviews/" + disputed));
				page.click("#dispute-form button[type=submit]");
				page.waitForSelector("[data-problem-for=comment]");
				page.fill("#dispute-comment", "בירכתי את הלקוח בתחילת השיחה");
				page.click("#dispute-form button[type=submit]");
				page.waitForSelector("#history");
				assertThat(page.textContent("#review-status")).isEqualTo("בערעור");
				assertThat(page.locator("#dispute-form").count()).isEqualTo(0);
				assertThat(page.locator("#resolve-form").count()).isEqualTo(0);
			}
		}
		assertThat(key.get("/api/v1/reviews/" + acknowledged).body()).contains("\"status\":\"acknowledged\"");
		assertThat(WebClient.signedIn(port, email, TestWorkspaces.PASSWORD).get("/reviews/new").statusCode())
			.isEqualTo(403);

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
			Page page = context.newPage();
			signIn(page, tenant, "en");
			page.navigate(url("/agents/home"));
			assertThat(page.textContent("#not-linked")).contains("not linked to an agent");
			page.click("#quality-tabs a[href='/reviews/disputes']");
			assertThat(page.locator("#disputes tbody tr").count()).isEqualTo(1);
			assertThat(page.textContent("#disputes")).contains("דנה לוי", "בירכתי את הלקוח");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("disputes-en.png")));
			page.click("#disputes a[href='/reviews/" + disputed + "']");
			// the review page's script must be running before its form is tried
			page.waitForURL("**/reviews/" + disputed);
			page.waitForLoadState(LoadState.LOAD);
			page.click("#resolve");
			page.waitForSelector("[data-problem-for=outcome]");
			page.check("#outcome-partly");
			assertThat(page.locator("#rescore").isVisible()).isTrue();
			// greet was 0 and stays; solve 2 → 5: (0 + 3 · 1) / 4
			page.click("#rescore label[for='scores.solve-5']");
			page.fill("#resolve-comment", "The greeting came late, the solution was right");
			page.click("#resolve");
			page.waitForSelector("#review-status:has-text('resolved')");
			assertThat(page.textContent("#review-score")).isEqualTo("75%");
			assertThat(page.textContent("#history")).contains("Disputed", "בירכתי את הלקוח", "Dispute resolved",
					"partly accepted", "new score 75%");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("review-resolved-en.png")));
		}
	}

	void signInAs(Page page, String email, String language) {
		page.navigate(url("/login?lang=" + language));
		page.fill("#email", email);
		page.fill("#password", TestWorkspaces.PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url("/"));
	}

	/** Four CSAT answers about the agent, three of them satisfied: 75%. */
	void csat() {
		String survey = key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body().substring(7, 43);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		int[] answers = { 5, 4, 5, 2 };
		for (int i = 0; i < answers.length; i++) {
			rows.append(AgentPageTests.row("d" + i, "דנה", answers[i], i == 0 ? "דנה הייתה סבלנית ועזרה לי מהר" : null));
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":4");
	}

	String review(int greet, int solve) {
		return id(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"chat-9\","
				+ "\"agent\":\"" + agent + "\",\"scores\":{\"greet\":" + greet + ",\"solve\":" + solve + "}}"));
	}

	/** Marks a review as the weekly sample's random pick of that month (its interaction on the 15th at noon, or now). */
	void sampled(String review, YearMonth month) {
		boolean current = month.equals(YearMonth.now(clock.withZone(tenant.workspace().timeZone())));
		assertThat(jdbc.sql("update quality_reviews set kind = 'random', about_at = :at, created_at = :at where workspace_id = :w and id = :id")
			.param("at", Timestamp.from(current ? clock.instant()
					: month.atDay(15).atTime(12, 0).atZone(tenant.workspace().timeZone()).toInstant()))
			.param("w", tenant.workspace().id()).param("id", UUID.fromString(review)).update()).isEqualTo(1);
	}

	String id(java.net.http.HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return mapper.readTree(response.body()).get("id").asString();
	}
}
