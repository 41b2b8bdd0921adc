package io.tajriba.customers;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Feedback and Cases cards of the 360 page: the customer's survey answers with what the text analytics read in
 * them, their NPS over time, their cases as the viewer may see them, and the sentiment of their texts on the
 * timeline; nothing of it for another workspace's customer.
 */
@TajribaTest
class CustomerFeedbackTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	TextAnalytics text;

	Tenant tenant;
	WebClient key;
	WebClient owner;
	String survey;

	@BeforeEach
	void customerWithAnswers() {
		tenant = tenants.create("Feedback");
		key = WebClient.withKey(port, tenant.apiKey());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		survey = id(key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"Relationship <b>NPS</b>\"}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		assertThat(key.postJson("/api/v1/alert-rules", """
				{"name":"Detractor","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "priority":"high","assignment":{"to":"admins"}}""").statusCode()).isEqualTo(201);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"r-1","customer":"fb-1","type":"review","channel":"web","occurredAt":"%s",\
				"text":"Terrible delivery, the parcel arrived broken and nobody answered. I am very angry."}
				""".formatted(now.minus(Duration.ofDays(3))));
		respond("older", now.minus(Duration.ofDays(2)), 2, "The <b>checkout</b> failed twice, awful and slow.");
		respond("newer", now.minus(Duration.ofHours(1)), 9, "Quick and friendly help, thank you!");
	}

	@Test
	void theFeedbackCardShowsTheAnswersNewestFirstWithTheirAnalysisAndTheNpsHistory() {
		String customer = customerId("fb-1");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !feedback(customer).contains("Not analysed yet") && feedback(customer).contains("feedback-response"));
		String html = feedback(customer);
		assertThat(html).contains("Relationship &lt;b&gt;NPS&lt;/b&gt;", "The &lt;b&gt;checkout&lt;/b&gt; failed twice")
			.doesNotContain("<b>checkout</b>", "<b>NPS</b>")
			.contains("Quick and friendly help").contains("/surveys/" + survey + "/responses/");
		assertThat(html.split("class=\"feedback-response ")).hasSize(3);
		assertThat(html.indexOf("Quick and friendly")).isLessThan(html.indexOf("failed twice"));
		assertThat(html).containsPattern("data-question=\"nps\">\\s*<span>NPS</span>\\s*<strong>9</strong>");

		// the history runs oldest to newest: the detractor, then the promoter
		String history = html.substring(html.indexOf("id=\"nps-history\""), html.indexOf("</ol>"));
		assertThat(history.split("class=\"nps-point ")).hasSize(3);
		assertThat(history).containsPattern("(?s)title=\"Detractor\">.*text-bg-danger\">2<.*title=\"Promoter\">.*text-bg-success\">9<");

		// each open answer carries the sentiment the text analytics stored for it
		for (String response : responseIds()) {
			TextAnalysis analysis = text.result(tenant.workspace().id(), "response", response, "reason").orElseThrow();
			assertThat(html).contains(">" + analysis.sentiment() + "</span>");
		}
		assertThat(html).contains("badge sentiment");

		String page = owner.get("/customers/" + customer + "?lang=en").body();
		assertThat(page).contains("hx-get=\"/surveys/customer/" + customer + "\"",
				"hx-get=\"/cases/customer/" + customer + "\"");
	}

	@Test
	void theTimelineShowsTheSentimentOfAReview() {
		String customer = customerId("fb-1");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> text.result(tenant.workspace().id(), "interaction", "r-1", "").isPresent());
		TextAnalysis review = text.result(tenant.workspace().id(), "interaction", "r-1", "").orElseThrow();
		String page = owner.get("/customers/" + customer + "?lang=en").body();
		assertThat(page).contains("timeline-reading")
			.containsPattern("badge sentiment[^\"]*\">" + review.sentiment() + "<");
	}

	@Test
	void theCasesCardShowsAnAdminTheCaseAndHidesItFromAnAgentWhoMayNotSeeIt() {
		String customer = customerId("fb-1");
		await().atMost(Duration.ofSeconds(30)).until(() -> key.get("/api/v1/cases").body().contains("\"id\""));
		String caseId = id(key.get("/api/v1/cases").body());
		String cases = owner.get("/cases/customer/" + customer + "?lang=en").body();
		assertThat(cases).contains("href=\"/cases/" + caseId + "\"", ">high<", "badge sla")
			.doesNotContain("No cases you can see");
		assertThat(cases.split("class=\"list-group-item px-0 customer-case\"")).hasSize(2);

		String email = "agent-" + UUID.randomUUID() + "@feedback.example";
		UUID agent = administration.ensureUser(email, "Agent", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, agent, Role.AGENT);
		String seen = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD)
			.get("/cases/customer/" + customer + "?lang=en").body();
		assertThat(seen).contains("No cases you can see").doesNotContain(caseId);
	}

	@Test
	void anotherWorkspacesCustomerIsNotFoundOnEveryCard() {
		String customer = customerId("fb-1");
		Tenant other = tenants.create("Elsewhere");
		WebClient stranger = WebClient.signedIn(port, other.ownerEmail(), other.password());
		for (String route : List.of("/surveys/customer/", "/cases/customer/", "/customers/")) {
			assertThat(stranger.get(route + customer).statusCode()).as(route).isEqualTo(404);
			assertThat(owner.get(route + UUID.randomUUID()).statusCode()).as(route).isEqualTo(404);
			assertThat(owner.get(route + customer).statusCode()).as(route).isEqualTo(200);
		}
	}

	private void respond(String id, Instant at, int nps, String reason) {
		HttpResponse<String> sent = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"%s\",\"customer\":\"fb-1\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":%d,\"reason\":\"%s\",\"feeling\":[\"%s\"]}}\n"
					.formatted(id, at, nps, reason, nps > 6 ? "delighted" : "frustrated"));
		assertThat(sent.statusCode()).as(sent.body()).isLessThan(300);
	}

	private String feedback(String customer) {
		return owner.get("/surveys/customer/" + customer + "?lang=en").body();
	}

	private List<String> responseIds() {
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(key.get("/api/v1/surveys/" + survey + "/responses").body());
		List<String> ids = new java.util.ArrayList<>();
		while (m.find()) {
			ids.add(m.group(1));
		}
		assertThat(ids).hasSize(2);
		return ids;
	}

	private String customerId(String ref) {
		return id(key.get("/api/v1/customers/" + ref).body());
	}

	private static String id(String json) {
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return m.group(1);
	}
}
