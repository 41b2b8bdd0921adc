package io.tajriba.employees;

import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Pulse programmes through the API and the analysts' page: made, checked field by field, paused, opened now. */
@TajribaTest
class PulseApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	@Test
	void aProgrammeIsMadeCheckedChangedAndOpenedByTheApi() {
		Tenant tenant = tenants.create("Pulse API");
		UUID w = tenant.workspace().id();
		var fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Care", "Service");
		for (int i = 1; i <= 6; i++) {
			fixtures.employee(w, "a" + i, "A " + i, "a" + i + "@api-pulse.test", "Care", null, null, null);
		}
		WebClient key = WebClient.withKey(port, tenant.apiKey());

		var bad = key.postJson("/api/v1/pulse-programs", "{\"name\":\"P\",\"cadence\":\"daily\",\"itemsPerWave\":3}");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"cadence\"");
		assertThat(key.postJson("/api/v1/pulse-programs", "{\"name\":\"P\",\"cadence\":\"weekly\",\"itemsPerWave\":0}")
			.body()).contains("\"field\":\"itemsPerWave\"");
		assertThat(key.postJson("/api/v1/pulse-programs",
				"{\"name\":\"P\",\"cadence\":\"weekly\",\"itemsPerWave\":2,\"openDays\":3,\"reminderDays\":3}").body())
			.contains("\"field\":\"reminderDays\"");
		assertThat(key.postJson("/api/v1/pulse-programs",
				"{\"name\":\"P\",\"cadence\":\"weekly\",\"itemsPerWave\":\"two\"}").body()).contains("\"field\":\"itemsPerWave\"");
		assertThat(key.postJson("/api/v1/pulse-programs", "{\"name\":\"P\",\"cadence\":\"weekly\",\"itemsPerWave\":2,"
				+ "\"firstWave\":\"soon\"}").body()).contains("\"field\":\"firstWave\"");
		assertThat(key.postJson("/api/v1/pulse-programs", "{\"name\":\"P\",\"colour\":\"red\"}").body())
			.contains("\"field\":\"colour\"");
		assertThat(key.postJson("/api/v1/pulse-programs", "[]").statusCode()).isEqualTo(422);

		var created = key.postJson("/api/v1/pulse-programs", """
				{"name":"Team pulse","cadence":"biweekly","itemsPerWave":2,"samplePercent":50,"firstWave":"2031-01-05"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode program = mapper.readTree(created.body());
		String id = program.get("id").asString();
		assertThat(program.get("status").asString()).isEqualTo("active");
		assertThat(program.get("openDays").asInt()).isEqualTo(7);
		assertThat(program.get("reminderDays").asInt()).isEqualTo(3);
		assertThat(program.get("nextWaveOn").asString()).isEqualTo("2031-01-05");
		// its survey is the employee-pulse template, published, asking employees
		String survey = program.get("surveyId").asString();
		assertThat(key.get("/api/v1/surveys/" + survey + "/definition").body())
			.contains("\"audience\":\"employees\"", "\"key\":\"enps\"", "\"key\":\"manager_support\"",
					"אני גאה לעבוד כאן");

		var paused = key.patchJson("/api/v1/pulse-programs/" + id, "{\"status\":\"paused\",\"samplePercent\":100}");
		assertThat(paused.statusCode()).isEqualTo(200);
		assertThat(paused.body()).contains("\"status\":\"paused\"", "\"samplePercent\":100");
		assertThat(key.patchJson("/api/v1/pulse-programs/" + id, "{\"status\":\"stopped\"}").body())
			.contains("\"field\":\"status\"");
		assertThat(key.patchJson("/api/v1/pulse-programs/" + id, "{\"cadence\":\"yearly\"}").body())
			.contains("\"field\":\"cadence\"");

		var wave = key.postJson("/api/v1/pulse-programs/" + id + "/waves", "");
		assertThat(wave.statusCode()).as(wave.body()).isEqualTo(201);
		JsonNode opened = mapper.readTree(wave.body());
		assertThat(opened.get("number").asInt()).isEqualTo(1);
		assertThat(opened.get("invited").asInt()).isEqualTo(6);
		assertThat(opened.get("open").asBoolean()).isTrue();
		assertThat(opened.get("participation").get("n").asInt()).isEqualTo(6);
		assertThat(opened.get("participation").get("rate").asDouble()).isZero();
		assertThat(wave.body()).doesNotContain("token");
		assertThat(opened.get("items").toString()).isEqualTo("[\"enps\",\"engagement_proud\",\"engagement_energy\"]");

		JsonNode list = mapper.readTree(key.get("/api/v1/pulse-programs").body());
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("waves").get(0).get("invited").asInt()).isEqualTo(6);

		// another workspace sees none of it
		Tenant other = tenants.create("Other pulse");
		WebClient stranger = WebClient.withKey(port, other.apiKey());
		assertThat(stranger.get("/api/v1/pulse-programs").body()).isEqualTo("[]");
		assertThat(stranger.patchJson("/api/v1/pulse-programs/" + id, "{\"status\":\"active\"}").statusCode())
			.isEqualTo(404);
		assertThat(stranger.postJson("/api/v1/pulse-programs/" + id + "/waves", "").statusCode()).isEqualTo(404);
		assertThat(stranger.postJson("/api/v1/pulse-programs/not-an-id/waves", "").statusCode()).isEqualTo(404);
	}

	@Test
	void thePageListsProgrammesWithParticipationAndMakesPausesAndOpensThem() {
		Tenant tenant = tenants.create("Pulse page");
		UUID w = tenant.workspace().id();
		var fixtures = new EmployeeFixtures(jdbc);
		fixtures.team(w, "Care", "Service");
		for (int i = 1; i <= 4; i++) {
			fixtures.employee(w, "p" + i, "P " + i, "p" + i + "@page-pulse.test", "Care", null, null, null);
		}
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.get("/employees/pulse").body()).contains("No pulse programme yet.");
		var refused = owner.form("/employees/pulse", Map.of("action", "create", "name", "Monthly <b>pulse</b>",
				"cadence", "monthly", "itemsPerWave", "25"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(owner.get("/employees/pulse").body()).contains("itemsPerWave");
		owner.form("/employees/pulse", Map.of("action", "create", "name", "Monthly <b>pulse</b>", "cadence", "monthly",
				"itemsPerWave", "4", "samplePercent", "100", "openDays", "10", "reminderDays", "4",
				"firstWave", "2031-02-01"));
		String page = owner.get("/employees/pulse").body();
		assertThat(page).contains("Monthly &lt;b&gt;pulse&lt;/b&gt;", "4 items a wave and eNPS", "open 10 days",
				"next wave ").doesNotContain("<b>pulse</b>");
		String id = jdbc.sql("select id::text from pulse_programs where workspace_id = :w").param("w", w)
			.query(String.class).single();
		owner.form("/employees/pulse", Map.of("action", "open", "id", id));
		page = owner.get("/employees/pulse").body();
		assertThat(page).contains("0% (95% interval 0% to 49%, n = 4)");
		owner.form("/employees/pulse", Map.of("action", "pause", "id", id));
		assertThat(jdbc.sql("select status from pulse_programs where workspace_id = :w").param("w", w)
			.query(String.class).single()).isEqualTo("paused");
		owner.form("/employees/pulse", Map.of("action", "resume", "id", id));
		assertThat(jdbc.sql("select status from pulse_programs where workspace_id = :w").param("w", w)
			.query(String.class).single()).isEqualTo("active");

		// readers see the page but cannot change it
		String viewerEmail = "viewer-" + UUID.randomUUID() + "@example.com";
		UUID viewer = administration.ensureUser(viewerEmail, "Viewer", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, viewer, Role.VIEWER);
		WebClient reader = WebClient.signedIn(port, viewerEmail, TestWorkspaces.PASSWORD);
		assertThat(reader.get("/employees/pulse").statusCode()).isEqualTo(403);
	}
}
