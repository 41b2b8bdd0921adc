package io.tajriba.quality;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The agent directory filled up front by an import: good rows kept, bad rows reported, kept and replayed. */
@TajribaTest
class AgentImportTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	@Test
	void agentsComeFromACsvFileWithTheirTeamAndAccount() {
		Tenant tenant = tenants.create("Agent import");
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		owner.postJson("/api/v1/teams", "{\"name\":\"Chat desk\",\"lead\":\"" + tenant.ownerId() + "\"}");
		UUID dana = administration.ensureUser("dana." + UUID.randomUUID() + "@example.com", "Dana", "a long password 1");
		tenants.addMember(tenant, dana, Role.AGENT);
		String danaEmail = administration.membersOf(tenant.workspace().id()).stream()
			.filter(m -> m.userId().equals(dana)).findFirst().orElseThrow().email();
		String csv = "key,displayName,team,email,active\r\n"
				+ "Dana Azari,دانا آذری,chat desk," + danaEmail + ",true\r\n"
				+ "Omid,,Night shift,,\r\n"
				+ "Rana,Rana K.,,,maybe\r\n"
				+ "Yael,,,,false\r\n";
		String report = finished(key, id(key.post("/api/v1/imports?kind=agents&fileName=agents.csv", "text/csv", csv)
			.body()));
		assertThat(report).contains("\"accepted\":2", "\"rejected\":2", "{\"line\":3,\"field\":\"team\"",
				"{\"line\":4,\"field\":\"active\"");

		JsonNode agents = mapper.readTree(key.get("/api/v1/agents").body()).get("agents");
		JsonNode danaAgent = find(agents, "Dana Azari");
		assertThat(danaAgent.get("displayName").asString()).isEqualTo("دانا آذری");
		assertThat(danaAgent.get("user").asString()).isEqualTo(dana.toString());
		assertThat(danaAgent.get("team").get("name").asString()).isEqualTo("Chat desk");
		assertThat(danaAgent.get("source").asString()).isEqualTo("created");
		assertThat(find(agents, "Yael").get("active").asBoolean()).isFalse();

		// a second file changes what it gives and leaves the rest; a member already linked elsewhere is refused
		String again = finished(key, id(key.post("/api/v1/imports?kind=agents", "text/csv",
				"key,displayName,email\nDana Azari,Dana A.,\nYael,," + danaEmail + "\n").body()));
		assertThat(again).contains("\"accepted\":1", "{\"line\":3,\"field\":\"email\"");
		JsonNode changed = find(mapper.readTree(key.get("/api/v1/agents").body()).get("agents"), "Dana Azari");
		assertThat(changed.get("displayName").asString()).isEqualTo("Dana A.");
		assertThat(changed.get("user").asString()).isEqualTo(dana.toString());

		// the rejected row of the unknown team, corrected and replayed
		JsonNode rejected = mapper.readTree(key.get("/api/v1/rejected-rows?source=agents").body());
		String omid = rejected.valueStream().filter(r -> r.get("raw").asString().contains("Omid")).findFirst()
			.orElseThrow().get("id").asString();
		var replayed = key.postJson("/api/v1/rejected-rows/" + omid + "/replay",
				"{\"key\":\"Omid\",\"team\":\"Chat desk\"}");
		assertThat(replayed.statusCode()).as(replayed.body()).isLessThan(300);
		assertThat(find(mapper.readTree(key.get("/api/v1/agents").body()).get("agents"), "Omid").get("team").get("name")
			.asString()).isEqualTo("Chat desk");
	}

	static JsonNode find(JsonNode agents, String key) {
		return agents.valueStream().map(a -> a.get("agent")).filter(a -> a.get("key").asString().equals(key))
			.findFirst().orElseThrow(() -> new AssertionError(key + " not in " + agents));
	}

	static String finished(WebClient key, String id) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> key.get("/api/v1/imports/" + id).body(),
					body -> body.contains("\"status\":\"done\"") || body.contains("\"status\":\"failed\""));
	}

	static String id(String body) {
		var matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}
}
