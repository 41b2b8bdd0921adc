package io.tajriba.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cases pages as a browser gets them: who sees what, errors that keep what was typed, free text escaped. */
@TajribaTest
class CasePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	Tenant tenant;
	WebClient owner;
	String caseId;

	@BeforeEach
	void aCase() {
		tenant = tenants.create("Pages");
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = Json.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		key.postJson("/api/v1/alert-rules", """
				{"name":"Detractor <b>","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}]}""");
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"p1\",\"customer\":\"rana\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":2}}\n"
					.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		await().atMost(Duration.ofSeconds(15)).until(() -> key.get("/api/v1/cases").body().contains("\"id\""));
		caseId = Json.id(key.get("/api/v1/cases").body());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
	}

	@Test
	void theInboxAndTheCasePageWorkTheCaseToItsResolution() {
		String inbox = owner.get("/cases?lang=fa").body();
		assertThat(inbox).contains("dir=\"rtl\"", "پرونده‌ها", "/cases/" + caseId, "Detractor &lt;b&gt;")
			.doesNotContain("Detractor <b>").contains("id=\"unread\"");
		var comment = owner.form("/cases/" + caseId + "/comment", Map.of("body", "<script>alert(1)</script>"));
		assertThat(comment.statusCode()).isEqualTo(302);
		String page = owner.get("/cases/" + caseId + "?lang=en").body();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		var refused = owner.form("/cases/" + caseId + "/resolve", Map.of("rootCause", "", "rootCauseNote", "a typo in the bill",
				"solved", "yes"));
		assertThat(refused.statusCode()).isEqualTo(302);
		String again = owner.get("/cases/" + caseId).body();
		assertThat(again).contains("id=\"case-error\"", "rootCause", "a typo in the bill");
		owner.form("/cases/" + caseId + "/resolve", Map.of("rootCause", "payment", "rootCauseNote", "", "solved", "yes",
				"resolution", "refunded"));
		assertThat(owner.get("/cases/" + caseId).body()).contains("id=\"case-status\"", "resolved", "payment")
			.doesNotContain("id=\"resolve-form\"");
		assertThat(owner.get("/loop").body()).contains("id=\"loop-figures\"", "data-charts=");
		assertThat(owner.get("/alert-rules").body()).contains("Detractor &lt;b&gt;");
		assertThat(owner.get("/notifications").body()).contains("notification-list");
	}

	@Test
	void theEditorBackTestsBeforeSavingAndNamesWhatIsWrong() {
		Map<String, String> rule = Map.of("trigger", "response", "name", "Low CSAT", "match", "all", "field0", "nps",
				"op0", "lte", "value0", "6", "priority", "normal", "assignTo", "admins", "action", "backtest");
		String tested = owner.form("/alert-rules/save", rule).body();
		assertThat(tested).contains("id=\"backtest\"", "id=\"rule-form\"");
		String bad = owner.form("/alert-rules/save", Map.of("trigger", "response", "name", "Bad", "field0", "nps", "op0",
				"lte", "value0", "12", "assignTo", "admins", "action", "save")).body();
		assertThat(bad).contains("conditions[0].value", "value=\"12\"");
		var saved = owner.form("/alert-rules/save", Map.of("trigger", "response", "name", "Saved rule", "field0", "nps",
				"op0", "lte", "value0", "5", "assignTo", "admins", "action", "save"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(owner.get("/alert-rules").body()).contains("Saved rule");
	}

	@Test
	void serviceLevelsAreEditedInAFormThatNamesWhatIsWrong() {
		assertThat(owner.get("/settings/service-levels").body()).contains("value=\"09:00-17:00\"", "name=\"first.urgent\"");
		Map<String, String> week = new java.util.HashMap<>(Map.of("day.saturday", "08:00-16:00", "day.thursday", "08:00-12:00",
				"holidays", "persian 01-01 Nowruz", "first.urgent", "0.5", "resolution.urgent", "4", "quietHours", "21:00-07:00"));
		assertThat(owner.form("/settings/service-levels", week).body()).contains("alert-success");
		assertThat(WebClient.withKey(port, tenant.apiKey()).get("/api/v1/business-hours").body())
			.contains("\"saturday\":[\"08:00-16:00\"]", "\"date\":\"01-01\"", "\"firstResponseHours\":0.5");
		week.put("day.sunday", "09:00-25:00");
		String refused = owner.form("/settings/service-levels", week).body();
		assertThat(refused).contains("id=\"levels-error\"", "week.sunday", "value=\"09:00-25:00\"", "Nowruz");
	}

	@Test
	void anotherWorkspaceGetsNothingAndAViewerSeesNoForms() {
		Tenant other = tenants.create("Pages other");
		WebClient stranger = WebClient.signedIn(port, other.ownerEmail(), other.password());
		assertThat(stranger.get("/cases/" + caseId).statusCode()).isEqualTo(404);
		assertThat(stranger.form("/cases/" + caseId + "/comment", Map.of("body", "x")).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/cases").body()).doesNotContain(caseId);
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@pages.example";
		tenants.addMember(tenant, administration.ensureUser(email, "Viewer", TestWorkspaces.PASSWORD), Role.VIEWER);
		String seen = WebClient.signedIn(port, email, TestWorkspaces.PASSWORD).get("/cases/" + caseId).body();
		assertThat(seen).contains("id=\"evidence\"").doesNotContain("id=\"comment-form\"", "id=\"resolve-form\"");
	}
}
