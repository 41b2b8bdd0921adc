package io.tajriba.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent's coaching plan and all plans in English and Hebrew: a training need in words, a session planned from
 * it, actions ticked, and a held session's effect with its interval and method.
 */
@TajribaTest
class CoachingPageTests extends ChromiumTest {

	static final String CARD = """
			{"name":"שיחות","channel":"call","sections":[{"title":"הכול","criteria":[
			 {"key":"greet","text":{"en":"Greets the customer","he":"מברך את הלקוח"},"scale":"yes_no"},
			 {"key":"solve","text":{"en":"Solves the problem","he":"פותר את הבעיה"},"scale":"five"}]}]}""";

	@Autowired
	ObjectMapper mapper;

	@Test
	void aPlanWithItsNeedsSessionsAndEffectInEnglishAndHebrew() {
		Tenant tenant = tenants.create("אימון");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.postJson("/api/v1/teams", "{\"name\":\"מוקד חיפה\",\"agents\":[\"דנה\",\"Omid\",\"Lina\"]}")
			.statusCode()).isEqualTo(201);
		String card = id(key.postJson("/api/v1/scorecards", CARD).body());
		String dana = id(key.postJson("/api/v1/agents", "{\"key\":\"דנה\"}").body());
		String omid = id(key.postJson("/api/v1/agents", "{\"key\":\"Omid\"}").body());
		String lina = id(key.postJson("/api/v1/agents", "{\"key\":\"Lina\"}").body());
		LocalDate held = LocalDate.now(ZoneId.of("Asia/Tehran")).minusDays(20);
		String before = held.minusDays(5).atTime(12, 0).toInstant(ZoneOffset.UTC).toString();
		String after = held.plusDays(5).atTime(12, 0).toInstant(ZoneOffset.UTC).toString();
		// Dana greets 1 of 6 before the session and 4 of 5 after; Omid and Lina greet nearly always
		review(key, card, "דנה", dana, before, new int[] { 0, 0, 1, 0, 0, 0 }, new int[] { 2, 3, 3, 2, 3, 2 });
		review(key, card, "דנה", dana, after, new int[] { 1, 1, 1, 0, 1 }, new int[] { 4, 4, 5, 3, 4 });
		review(key, card, "Omid", omid, before, new int[] { 1, 1, 1, 1 }, new int[] { 3, 4, 3, 4 });
		review(key, card, "Omid", omid, after, new int[] { 1, 1, 1, 1 }, new int[] { 3, 4, 4, 4 });
		review(key, card, "Lina", lina, before, new int[] { 1, 1, 0, 1 }, new int[] { 4, 3, 3, 4 });
		review(key, card, "Lina", lina, after, new int[] { 1, 1, 1, 1 }, new int[] { 4, 3, 4, 4 });
		assertThat(owner.postJson("/api/v1/coaching", "{\"agent\":\"" + dana + "\",\"heldOn\":\"" + held
				+ "\",\"format\":\"one_to_one\",\"status\":\"held\",\"focus\":[{\"kind\":\"criterion\",\"key\":\"solve\"}],"
				+ "\"notes\":\"דנה תתרגל שאלות פתוחות\",\"actions\":[{\"text\":\"להקשיב עד הסוף\"},"
				+ "{\"text\":\"Summarise before closing\"}],\"followUpOn\":\"" + held.plusDays(10) + "\"}").statusCode())
			.isEqualTo(201);
		for (String language : List.of("en", "he")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/agents/" + dana));
				page.click("#coaching-link");
				// the plan streams in as its effects are measured: read it once the whole page has loaded
				page.waitForURL("**/coaching");
				page.waitForLoadState();
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("he") ? "rtl" : "ltr");
				String needs = page.textContent("#needs");
				assertThat(needs).contains(language.equals("he") ? "מברך את הלקוח" : "Greets the customer");
				assertThat(needs).contains(language.equals("he") ? "מתחת לצוות" : "below the team:");
				assertThat(page.textContent("#sessions")).contains("להקשיב עד הסוף", "דנה תתרגל שאלות פתוחות");
				String effect = page.textContent(".effect");
				// Omid and Lina start far above Dana: no agents of similar baseline, so before and after alone
				assertThat(effect).contains(language.equals("he") ? "לפני ואחרי בלבד" : "before and after only",
						language.equals("he") ? "עזר, מעבר למקרה" : "helped, beyond chance");
				assertThat(page.locator(".effect tbody tr").count()).isEqualTo(3);
				if (language.equals("en")) {
					// tick the first action, then plan a session from the need
					page.check("#sessions input[name=done] >> nth=0");
					page.click("#sessions form.actions button[type=submit]");
					page.waitForSelector(".alert-success");
					page.waitForLoadState();
					assertThat(page.isChecked("#sessions input[name=done] >> nth=0")).isTrue();
					assertThat(page.textContent("#coaching-plan")).contains("Agreed actions not done yet: 1");
					page.click(".plan-need");
					page.waitForURL("**/coaching?**");
					page.waitForLoadState();
					assertThat(page.locator("#focus option[value='criterion:greet']").evaluate("o => o.selected"))
						.isEqualTo(true);
					page.fill("#actions", "Greet by name\nSmile on the phone");
					page.click("#plan button[type=submit]");
					page.waitForSelector(".alert-success");
					page.waitForLoadState();
					assertThat(page.locator("#sessions .session").count()).isEqualTo(2);
					assertThat(page.textContent("#needs")).contains("A session works on it");
				}
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("coaching-plan-" + language + ".png")));
				page.navigate(url("/quality/coaching"));
				assertThat(page.textContent("#all-sessions")).contains("דנה");
				assertThat(page.locator("#all-sessions tbody tr").count()).isEqualTo(2);
				assertThat(page.textContent("#follow-ups")).contains("דנה");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("coaching-" + language + ".png")));
			}
		}
	}

	void review(WebClient key, String card, String agentKey, String agent, String at, int[] greet, int[] solve) {
		StringBuilder rows = new StringBuilder();
		String prefix = Integer.toHexString(agentKey.hashCode()) + "-" + at.substring(0, 10) + "-";
		for (int i = 0; i < greet.length; i++) {
			rows.append("{\"id\":\"").append(prefix).append(i).append("\",\"type\":\"call\",\"channel\":\"phone\",")
				.append("\"agent\":\"").append(agentKey).append("\",\"occurredAt\":\"").append(at).append("\"}\n");
		}
		key.post("/api/v1/interactions", "application/x-ndjson", rows.toString());
		for (int i = 0; i < greet.length; i++) {
			assertThat(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"" + prefix + i
					+ "\",\"agent\":\"" + agent + "\",\"scores\":{\"greet\":" + greet[i] + ",\"solve\":" + solve[i]
					+ "}}").statusCode()).isEqualTo(201);
		}
	}

	String id(String body) {
		return mapper.readTree(body).get("id").asString();
	}
}
