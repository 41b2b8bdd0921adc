package io.tajriba.personas;

import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

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

@TajribaTest
class PersonaApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	Personas personas;

	Tenant tenant;
	WebClient key;

	@BeforeEach
	void workspace() {
		tenant = tenants.create("Personas");
		key = WebClient.withKey(port, tenant.apiKey());
	}

	/** 20 app regulars, 20 store loyalists from Shiraz, 20 e-mail bargain hunters. */
	void customers() {
		StringBuilder people = new StringBuilder();
		StringBuilder events = new StringBuilder();
		int n = 0;
		for (int i = 0; i < 20; i++) {
			people.append("{\"id\":\"app-%d\",\"attributes\":{\"city\":\"Tehran\",\"age\":%d}}\n".formatted(i, 22 + i % 5));
			people.append("{\"id\":\"store-%d\",\"attributes\":{\"city\":\"Shiraz\",\"age\":%d}}\n".formatted(i, 60 + i % 5));
			people.append("{\"id\":\"deal-%d\",\"attributes\":{\"city\":\"Tehran\",\"age\":%d}}\n".formatted(i, 35 + i % 5));
			for (int j = 0; j < 8; j++) {
				events.append(event(n++, j, "app-" + i, j < 6 ? "app_session" : "purchase", "app", 20));
				events.append(event(n++, j, "store-" + i, j < 2 ? "purchase" : "store_visit", "store", 180));
				events.append(event(n++, j, "deal-" + i, j < 5 ? "email" : "purchase", j < 5 ? "email" : "web", 12));
			}
		}
		assertThat(key.post("/api/v1/customers", "application/x-ndjson", people.toString()).body())
			.contains("\"accepted\":60");
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", events.toString()).body())
			.contains("\"accepted\":480");
	}

	static String event(int n, int day, String customer, String type, String channel, int value) {
		return "{\"id\":\"p%d\",\"customer\":\"%s\",\"type\":\"%s\",\"channel\":\"%s\",\"occurredAt\":\"2026-06-%02dT10:00:00Z\"%s}\n"
			.formatted(n, customer, type, channel, 1 + day * 3, type.equals("purchase") ? ",\"value\":" + value : "");
	}

	static String id(String body) {
		var matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

	@Test
	void rulesAssignEachCustomerToTheFirstPersonaThatFits() {
		customers();
		var app = key.postJson("/api/v1/personas", """
				{"name":"Anne, app regular","description":"Young, buys small and often in the app",
				 "traits":{"age band":"18-34","preferred channel":"app"},"priority":2,
				 "rule":[{"field":"channelShare.app","op":"gte","values":["0.5"]}]}""");
		assertThat(app.statusCode()).isEqualTo(201);
		assertThat(app.body()).contains("\"customers\":20");
		var shiraz = key.postJson("/api/v1/personas", """
				{"name":"Shiraz shoppers","priority":1,
				 "rule":[{"field":"attributes.city","op":"eq","values":["shiraz"]},{"field":"attributes.age","op":"gte","values":["50"]}]}""");
		assertThat(shiraz.body()).contains("\"customers\":20");
		var everyone = key.postJson("/api/v1/personas", """
				{"name":"Buyers","priority":3,"rule":[{"field":"purchases","op":"gte","values":["1"]}]}""");
		assertThat(everyone.body()).contains("\"customers\":20");

		String storeCustomer = key.get("/api/v1/customers/store-3").body();
		assertThat(personas.personaOf(tenant.workspace().id(), UUID.fromString(id(storeCustomer))))
			.hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Shiraz shoppers"));

		var raised = key.send("/api/v1/personas/" + id(everyone.body()), HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
					{"name":"Buyers","priority":0,"rule":[{"field":"purchases","op":"gte","values":["1"]}]}""")));
		assertThat(raised.body()).contains("\"customers\":60");
		assertThat(key.get("/api/v1/personas").body()).contains("\"customers\":0");
		assertThat(key.delete("/api/v1/personas/" + id(everyone.body())).statusCode()).isEqualTo(204);
		assertThat(key.get("/api/v1/personas/" + id(app.body())).body()).contains("\"customers\":20");
	}

	@Test
	void suggestionsFindTheThreeKindsAndOneIsAccepted() {
		customers();
		String suggestions = key.get("/api/v1/personas/suggestions").body();
		assertThat(suggestions.split("\"customers\":20")).hasSize(4);
		var accepted = key.postJson("/api/v1/personas/suggestions/accept", "{\"number\":1,\"name\":\"Group one\"}");
		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(accepted.body()).contains("\"name\":\"Group one\"", "\"customers\":20", "\"rule\":[{\"field\"");
	}

	@Test
	void badPersonasNameTheField() {
		var badField = key.postJson("/api/v1/personas", "{\"name\":\"x\",\"rule\":[{\"field\":\"mood\",\"op\":\"eq\",\"values\":[\"ok\"]}]}");
		assertThat(badField.statusCode()).isEqualTo(422);
		assertThat(badField.body()).contains("\"field\":\"rule.field\"");
		var noName = key.postJson("/api/v1/personas", "{\"rule\":[]}");
		assertThat(noName.body()).contains("\"field\":\"name\"");
		key.postJson("/api/v1/personas", "{\"name\":\"Twice\"}");
		assertThat(key.postJson("/api/v1/personas", "{\"name\":\"twice\"}").body()).contains("already the name");
		assertThat(key.get("/api/v1/personas/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(key.postJson("/api/v1/personas/suggestions/accept", "{\"number\":1,\"name\":\"n\"}").body())
			.contains("\"field\":\"number\"");
	}

	@Test
	void anotherWorkspaceCannotSeeOrChangeAPersona() {
		String id = id(key.postJson("/api/v1/personas", "{\"name\":\"Ours\"}").body());
		WebClient other = WebClient.withKey(port, tenants.create("Other personas").apiKey());
		assertThat(other.get("/api/v1/personas/" + id).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/personas").body()).doesNotContain(id);
		assertThat(other.delete("/api/v1/personas/" + id).statusCode()).isEqualTo(404);
		assertThat(other.send("/api/v1/personas/" + id, HttpRequest.newBuilder().header("Content-Type",
				"application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Theirs\"}"))).statusCode())
			.isEqualTo(404);
		assertThat(key.get("/api/v1/personas/" + id).body()).contains("\"name\":\"Ours\"");

		var viewer = administration.replaceKey(tenant.workspace().id(), "viewer", Role.VIEWER, Optional.empty());
		WebClient readOnly = WebClient.withKey(port, viewer.secret());
		assertThat(readOnly.get("/api/v1/personas").statusCode()).isEqualTo(200);
		assertThat(readOnly.postJson("/api/v1/personas", "{\"name\":\"Nope\"}").statusCode()).isEqualTo(403);
		assertThat(readOnly.postJson("/api/v1/personas/assign", "").statusCode()).isEqualTo(403);
	}
}
