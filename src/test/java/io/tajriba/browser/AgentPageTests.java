package io.tajriba.browser;

import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The agents page and an agent's page in English and Hebrew: figures, intervals, ties and customers' comments. */
@TajribaTest
class AgentPageTests extends ChromiumTest {

	@Test
	void agentsWithTheirFiguresAndAnAgentsCommentsInEnglishAndHebrew() {
		Tenant tenant = tenants.create("נציגים");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.postJson("/api/v1/teams", "{\"name\":\"מוקד תל אביב\",\"lead\":\"" + tenant.ownerId()
				+ "\",\"agents\":[\"שרה\",\"Omid\",\"Lina\"]}").statusCode()).isEqualTo(201);
		String survey = key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body().substring(7, 43);
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		int[] sara = { 5, 5, 5, 4, 5, 5, 4, 5, 3, 5, 5, 4, 5, 5, 5, 4, 5, 5, 2, 5 };
		int[] omid = { 2, 3, 4, 1, 2, 4, 3, 2, 5, 2, 1, 3, 4, 2, 2, 3, 4, 1, 2, 4 };
		for (int i = 0; i < sara.length; i++) {
			rows.append(row("s" + i, "שרה", sara[i], i == 0 ? "שרה הייתה נהדרת, סבלנית ועזרה לי מהר" : null));
			rows.append(row("o" + i, "Omid", omid[i], i == 0 ? "The agent was rude and slow, a terrible call" : null));
		}
		rows.append(row("l0", "Lina", 5, null)).append(row("l1", "Lina", 4, null));
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":42");
		String agents = key.get("/api/v1/agents?sort=csat").body();
		String saraId = agents.substring(agents.indexOf("\"id\":\"", agents.indexOf("שרה") - 60) + 6,
				agents.indexOf("\"id\":\"", agents.indexOf("שרה") - 60) + 42);
		// the comments are analysed in the background
		await().atMost(Duration.ofSeconds(60)).until(() -> !owner.get("/agents/" + saraId).body()
			.contains("not analysed yet"));
		for (String language : List.of("en", "he")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				page.navigate(url("/agents"));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("he") ? "rtl" : "ltr");
				assertThat(page.locator("#agents tbody tr").count()).isEqualTo(3);
				assertThat(page.textContent("#agents")).contains("שרה", "Omid", "Lina", "מוקד תל אביב");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("agents-" + language + ".png")));
				page.click("text=שרה");
				page.waitForSelector("#agent-figures");
				assertThat(page.textContent("#comments")).contains("שרה הייתה נהדרת");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("agent-" + language + ".png")));
			}
		}
	}

	static String row(String id, String agent, int csat, String comment) {
		return "{\"id\":\"" + id + "\",\"agent\":\"" + agent + "\",\"answers\":{\"csat\":" + csat + ",\"repurchase\":4"
				+ (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}}\n";
	}
}
