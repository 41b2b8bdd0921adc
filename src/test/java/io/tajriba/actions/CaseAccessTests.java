package io.tajriba.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who sees and works which case, what they are told, and the settings only admins change. */
@TajribaTest
class CaseAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	String unique;
	WebClient owner;

	UUID user(String name, Role role) {
		UUID id = administration.ensureUser(name + "-" + unique + "@loop.example", name, TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, id, role);
		return id;
	}

	WebClient as(String name) {
		return WebClient.signedIn(port, name + "-" + unique + "@loop.example", TestWorkspaces.PASSWORD);
	}

	@BeforeEach
	void tenant() {
		tenant = tenants.create("Access");
		unique = UUID.randomUUID().toString().substring(0, 8);
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
	}

	@Test
	void agentsWorkTheirTeamsCasesViewersReadAndTheOwnerHearsOfItInTheirLanguage() {
		UUID lead = user("lead", Role.AGENT);
		UUID member = user("member", Role.AGENT);
		user("outsider", Role.AGENT);
		user("viewer", Role.VIEWER);
		jdbc.sql("update users set language = 'fa' where id = :id").param("id", lead).update();
		var team = owner.postJson("/api/v1/teams", "{\"name\":\"Care\",\"lead\":\"%s\",\"members\":[\"%s\"],\"agents\":[\"Sara\"]}"
			.formatted(lead, member));
		assertThat(team.statusCode()).as(team.body()).isEqualTo(201);
		String teamId = Json.id(team.body());
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		assertThat(key.postJson("/api/v1/teams", "{\"name\":\"Keys\"}").statusCode()).isEqualTo(403);
		String survey = Json.id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		var rule = key.postJson("/api/v1/alert-rules", """
				{"name":"Detractor","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "assignment":{"to":"round_robin","team":"%s"}}""".formatted(teamId));
		assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"a1\",\"customer\":\"zoe\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":2}}\n"
					.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		await().atMost(Duration.ofSeconds(15)).until(() -> key.get("/api/v1/cases").body().contains("\"id\""));
		String caseId = Json.id(key.get("/api/v1/cases").body());
		// the team's turn starts with its lead
		assertThat(key.get("/api/v1/cases/" + caseId).body()).contains("\"owner\":\"" + lead + "\"", "\"team\":\"" + teamId);

		WebClient teammate = as("member");
		assertThat(teammate.get("/api/v1/cases/" + caseId).statusCode()).isEqualTo(200);
		assertThat(teammate.get("/api/v1/cases?view=all").body()).contains(caseId);
		var comment = teammate.postJson("/api/v1/cases/" + caseId + "/comments", "{\"body\":\"Called her back\"}");
		assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);

		WebClient outsider = as("outsider");
		assertThat(outsider.get("/api/v1/cases/" + caseId).statusCode()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/cases?view=all").body()).isEqualTo("[]");
		assertThat(outsider.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"open\"}").statusCode()).isEqualTo(404);

		WebClient viewer = as("viewer");
		assertThat(viewer.get("/api/v1/cases/" + caseId).statusCode()).isEqualTo(200);
		assertThat(viewer.patchJson("/api/v1/cases/" + caseId, "{\"status\":\"open\"}").statusCode()).isEqualTo(403);
		assertThat(viewer.postJson("/api/v1/cases/" + caseId + "/comments", "{\"body\":\"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(viewer.postJson("/api/v1/alert-rules", "{}").statusCode()).isEqualTo(403);
		assertThat(as("member").delete("/api/v1/alert-rules/" + Json.id(rule.body())).statusCode()).isEqualTo(403);

		// the lead is told in the app and by e-mail, in Persian, the language they chose
		WebClient leadClient = as("lead");
		assertThat(leadClient.get("/api/v1/notifications/unread").body()).doesNotContain("\"unread\":0");
		assertThat(leadClient.get("/api/v1/notifications").body()).contains("\"kind\":\"assigned\"", "\"kind\":\"comment\"");
		String address = "lead-" + unique + "@loop.example";
		await().atMost(Duration.ofSeconds(15)).until(() -> TestMail.mailsTo(address).length >= 2);
		assertThat(Arrays.stream(TestMail.mailsTo(address)).map(TestMail::subject))
			.anyMatch(s -> s.contains("یادداشت تازه")).anyMatch(s -> s.contains("به شما سپرده شد"));
		assertThat(leadClient.postJson("/api/v1/notifications/read", "").body()).contains("\"unread\":0");
	}

	@Test
	void businessHoursAreTheLanguagesDefaultsUntilAnAdminSetsThem() {
		assertThat(owner.get("/api/v1/business-hours").body()).contains("\"custom\":false", "\"monday\":[\"09:00-17:00\"]",
				"\"timeZone\":\"Asia/Tehran\"").doesNotContain("\"saturday\"");
		var set = owner.send("/api/v1/business-hours", java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
					{"week":{"saturday":["08:00-16:00"],"sunday":["08:00-16:00"],"thursday":["08:00-12:00"]},
					 "holidays":[{"calendar":"persian","date":"01-01","name":"Nowruz"}],
					 "targets":{"urgent":{"firstResponseHours":0.5,"resolutionHours":4}},"quietHours":"21:00-07:00"}""")));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		assertThat(owner.get("/api/v1/business-hours").body()).contains("\"custom\":true", "\"saturday\":[\"08:00-16:00\"]",
				"\"date\":\"01-01\"", "\"firstResponseHours\":0.5", "\"quietHours\":\"21:00-07:00\"");
		var bad = owner.send("/api/v1/business-hours", java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
					"{\"week\":{\"saturday\":[\"09:00-25:00\"]}}")));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"week.saturday\"");
		var byKey = WebClient.withKey(port, tenant.apiKey()).send("/api/v1/business-hours", java.net.http.HttpRequest
			.newBuilder().header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"week\":{\"monday\":[\"09:00-17:00\"]}}")));
		assertThat(byKey.statusCode()).isEqualTo(403);
		// another workspace keeps its own defaults, and cannot reach this one's teams
		Tenant other = tenants.create("Access other");
		WebClient stranger = WebClient.signedIn(port, other.ownerEmail(), other.password());
		assertThat(stranger.get("/api/v1/business-hours").body()).contains("\"custom\":false");
		String team = Json.id(owner.postJson("/api/v1/teams", "{\"name\":\"Mine\"}").body());
		assertThat(stranger.delete("/api/v1/teams/" + team).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/teams").body()).doesNotContain(team);
	}
}
