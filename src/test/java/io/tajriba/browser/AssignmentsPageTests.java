package io.tajriba.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.quality.internal.WeeklySample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewers' queue of a week in English and Persian: per agent the random and the targeted picks (why they were
 * targeted), reviewed or not, each open one linking to its review form, and the button that draws a week.
 */
@TajribaTest
class AssignmentsPageTests extends ChromiumTest {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Test
	void theQueueOfAWeekInEnglishAndPersian() {
		Tenant tenant = tenants.create("صف بازبینی");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		LocalDate week = WeeklySample.lastCompleteWeek(TEHRAN, Instant.now()).minusWeeks(1);
		StringBuilder rows = new StringBuilder();
		StringBuilder answers = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			rows.append(row("call-" + i, "سارا", "call", "phone", "cust-" + i, at(week, i % 7, 9 + i)));
			if (i < 6) {
				// six calls named by an unhappy answer: the random part takes four calls at most
				answers.append("{\"id\":\"r" + i + "\",\"customer\":\"cust-" + i + "\",\"interaction\":\"call-" + i
						+ "\",\"submittedAt\":\"" + at(week, i % 7, 20) + "\",\"answers\":{\"nps\":2}}\n");
			}
		}
		for (int i = 0; i < 3; i++) {
			rows.append(row("chat-" + i, "سارا", "chat", "chat", null, at(week, i, 15)));
			rows.append(row("omid-" + i, "Omid", "chat", "chat", null, at(week, i, 16)));
		}
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":14");
		String nps = key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body().substring(7, 43);
		key.postJson("/api/v1/surveys/" + nps + "/publish", "");
		assertThat(key.post("/api/v1/surveys/" + nps + "/responses", "application/x-ndjson", answers.toString()).body())
			.contains("\"accepted\":6");
		String drawn = key.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week + "\"}").body();
		int items = drawn.split("\"kind\":").length - 1;
		// Sara: 4 calls and a chat at random, 2 or 3 targeted calls; Omid: his 3 chats
		assertThat(items).isBetween(10, 11);
		String card = key.postJson("/api/v1/scorecards", """
				{"name":"Calls","channel":"call","sections":[{"title":"Handling","criteria":[
				 {"key":"solve","text":{"en":"Solves the problem","fa":"مشکل را حل می‌کند"},"scale":"five","weight":1}]}]}""")
			.body().substring(7, 43);
		String first = drawn.substring(drawn.indexOf("\"id\":\"") + 6, drawn.indexOf("\"id\":\"") + 42);
		assertThat(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"assignment\":\"" + first
				+ "\",\"scores\":{\"solve\":4}}").statusCode()).isEqualTo(201);
		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/quality/assignments"));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				assertThat(page.locator(".agent-queue").count()).isEqualTo(2);
				assertThat(page.textContent("#queues")).contains("سارا", "Omid");
				assertThat(page.locator(".pick").count()).isEqualTo(items);
				assertThat(page.locator(".pick.reviewed").count()).isEqualTo(1);
				assertThat(page.locator(".review-link").count()).isEqualTo(items - 1);
				assertThat(page.locator(".review-link").first().getAttribute("href")).startsWith("/reviews/new?assignment=");
				assertThat(page.locator(".targeted-picks .reason").count()).isBetween(2, 3);
				assertThat(page.locator(".targeted-picks .reason").first().textContent())
					.isEqualTo(language.equals("fa") ? "پاسخ ناراضی" : "unhappy answer");
				assertThat(page.textContent("#summary")).contains(language.equals("fa") ? "۱ از " : "1 of ");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("assignments-" + language + ".png")));
				if (language.equals("en")) {
					// drawing the last complete week, in which nobody served anyone here
					page.click("#draw button[type=submit]");
					page.waitForURL(url("/quality/assignments?week=" + week.plusWeeks(1)));
					assertThat(page.textContent("main")).contains("No agent of the directory served an interaction");
				}
			}
		}
	}

	static Instant at(LocalDate week, int day, int hour) {
		return week.plusDays(day).atTime(hour, 0).atZone(TEHRAN).toInstant();
	}

	static String row(String id, String agent, String type, String channel, String customer, Instant at) {
		return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"channel\":\"" + channel + "\",\"agent\":\"" + agent
				+ "\"" + (customer == null ? "" : ",\"customer\":\"" + customer + "\"") + ",\"occurredAt\":\"" + at
				+ "\"}\n";
	}
}
