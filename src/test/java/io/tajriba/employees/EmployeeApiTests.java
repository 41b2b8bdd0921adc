package io.tajriba.employees;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The employee directory through the API: rows created and updated by id, bad rows reported by field and kept. */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	EmployeeDirectory directory;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	WebClient owner;
	String memberEmail;
	UUID member;
	Tenant other;

	@BeforeAll
	void aWorkspaceWithAnAgentAndAMember() {
		tenant = tenants.create("Employees");
		other = tenants.create("Other employees");
		key = WebClient.withKey(port, tenant.apiKey());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.postJson("/api/v1/agents", "{\"key\":\"Sara A\"}").statusCode()).isEqualTo(201);
		assertThat(owner.postJson("/api/v1/agents", "{\"key\":\"Omid R\"}").statusCode()).isEqualTo(201);
		memberEmail = "sara." + UUID.randomUUID() + "@example.com";
		member = administration.ensureUser(memberEmail, "Sara Ahmadi", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, member, Role.AGENT);
	}

	@Test
	void aJsonArrayKeepsTheGoodRowsAndReportsTheBadOnesByField() {
		String outsider = other.ownerEmail();
		HttpResponse<String> response = key.postJson("/api/v1/employees", """
				[{"id":"a-1","name":"Sara Ahmadi","email":"sara@example.com","team":"Care A","department":"Service",
				  "location":"Tehran","user":"%s","agent":"Sara A","language":"FA"},
				 {"id":"a-2","name":"Omid Rahimi","team":"Care A","manager":"a-1","agent":"Omid R","active":false},
				 {"id":"a-3","name":"Layla Haddad","team":"Stores A","department":"Retail","manager":"a-9"},
				 {"id":"a-4","team":"Care A"},
				 {"id":"a-5","name":"Bad mail","email":"not-an-address","team":"Care A"},
				 {"id":"a-6","name":"Ghost","team":"Care A","agent":"Nobody"},
				 {"id":"a-7","name":"Outsider","team":"Care A","user":"%s"},
				 {"id":"a-8","name":"Newcomer","team":"Night shift"},
				 {"id":"a-9","name":"Wrong department","team":"Care A","department":"Sales"},
				 {"id":"a-10","name":"German","team":"Care A","language":"de"},
				 {"id":"a-11","name":"Second Sara","team":"Care A","agent":"Sara A"},
				 {"id":"a-12","name":"Sara twin","team":"Care A","user":"%s"},
				 "not an object"]
				""".formatted(memberEmail, outsider, member));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = json(response);
		assertThat(report.get("accepted").asInt()).isEqualTo(3);
		assertThat(rejected(report)).containsExactly("4:name", "5:email", "6:agent", "7:user", "8:department",
				"9:department", "10:language", "11:agent", "12:user", "13:line");

		JsonNode sara = json(key.get("/api/v1/employees/a-1"));
		assertThat(sara.get("name").asString()).isEqualTo("Sara Ahmadi");
		assertThat(sara.get("department").asString()).isEqualTo("Service");
		assertThat(sara.get("userId").asString()).isEqualTo(member.toString());
		assertThat(sara.get("agent").asString()).isEqualTo("Sara A");
		assertThat(sara.get("language").asString()).isEqualTo("fa");
		assertThat(sara.get("active").asBoolean()).isTrue();
		assertThat(sara.has("manager")).as("nulls are left out").isFalse();
		assertThat(json(key.get("/api/v1/employees/a-2")).get("active").asBoolean()).isFalse();
		assertThat(json(key.get("/api/v1/employees/a-3")).get("manager").asString()).isEqualTo("a-9");

		assertThat(ids(key.get("/api/v1/employees?team=Care%20A"))).containsExactly("a-2", "a-1");
		assertThat(ids(key.get("/api/v1/employees?department=Retail"))).containsExactly("a-3");
		assertThat(ids(key.get("/api/v1/employees?team=Care%20A&active=true"))).containsExactly("a-1");
		assertThat(key.get("/api/v1/employees?active=maybe").body()).contains("\"field\":\"active\"");
		assertThat(directory.teamOfAgents(tenant.workspace().id()))
			.containsEntry("Sara A", "Care A").containsEntry("Omid R", "Care A");
		assertThat(directory.byUser(tenant.workspace().id(), member)).map(Employee::id).contains("a-1");

		JsonNode kept = json(key.get("/api/v1/rejected-rows?source=employees"));
		assertThat(kept.valueStream().map(r -> r.get("raw").asString()).toList())
			.anyMatch(raw -> raw.contains("Ghost")).anyMatch(raw -> raw.contains("Newcomer"));
		// the new team's row, corrected with its department and replayed
		String newcomer = kept.valueStream().filter(r -> r.get("raw").asString().contains("Newcomer")).findFirst()
			.orElseThrow().get("id").asString();
		HttpResponse<String> replayed = key.postJson("/api/v1/rejected-rows/" + newcomer + "/replay",
				"{\"id\":\"a-8\",\"name\":\"Newcomer\",\"team\":\"Night shift\",\"department\":\"Service\"}");
		assertThat(replayed.statusCode()).as(replayed.body()).isLessThan(300);
		assertThat(json(key.get("/api/v1/employees/a-8")).get("team").asString()).isEqualTo("Night shift");
	}

	@Test
	void ndjsonUpdatesByIdAndKeepsWhatARowLeavesOut() {
		HttpResponse<String> first = key.post("/api/v1/employees", "application/x-ndjson", """
				{"id":"n-1","name":"Noa Levi","team":"Stores N","department":"Retail","location":"Haifa","language":"he"}
				{"id":"n-2","name":"Avi Mizrahi","team":"Stores N","manager":"n-1"}
				""");
		assertThat(json(first).get("accepted").asInt()).as(first.body()).isEqualTo(2);
		HttpResponse<String> second = key.post("/api/v1/employees", "application/x-ndjson", """
				{"id":"n-1","name":"Noa Levi-Cohen","team":"Stores N","active":"no","location":""}
				this is not json
				{"id":"n-2","name":"Avi Mizrahi","team":"Stores N","user":"%s"}
				""".formatted(UUID.randomUUID()));
		JsonNode report = json(second);
		assertThat(report.get("accepted").asInt()).as(second.body()).isEqualTo(1);
		assertThat(rejected(report)).containsExactly("2:line", "3:user");
		JsonNode noa = json(key.get("/api/v1/employees/n-1"));
		assertThat(noa.get("name").asString()).isEqualTo("Noa Levi-Cohen");
		assertThat(noa.get("active").asBoolean()).isFalse();
		assertThat(noa.get("language").asString()).as("left out, kept").isEqualTo("he");
		assertThat(noa.has("location")).as("given empty, cleared").isFalse();
		assertThat(json(key.get("/api/v1/employees/n-2")).get("manager").asString()).isEqualTo("n-1");
	}

	@Test
	void anotherWorkspacesEmployeeIsNotFound() {
		WebClient otherKey = WebClient.withKey(port, other.apiKey());
		assertThat(otherKey.postJson("/api/v1/employees", "[{\"id\":\"x-1\",\"name\":\"Hidden\",\"team\":\"T\","
				+ "\"department\":\"D\"}]").body()).contains("\"accepted\":1");
		assertThat(otherKey.get("/api/v1/employees/x-1").statusCode()).isEqualTo(200);
		assertThat(key.get("/api/v1/employees/x-1").statusCode()).isEqualTo(404);
		assertThat(ids(key.get("/api/v1/employees"))).doesNotContain("x-1");
		assertThat(key.get("/api/v1/employee-teams").body()).doesNotContain("\"name\":\"T\"");
	}

	@Test
	void teamsKeepTheirDepartmentAndStages() {
		HttpResponse<String> saved = key.postJson("/api/v1/employee-teams",
				"{\"name\":\"Delivery T\",\"department\":\"Logistics\",\"stages\":[\"use\",\" advocacy \",\"use\"]}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		key.postJson("/api/v1/employee-teams",
				"{\"name\":\"Delivery T\",\"department\":\"Operations\",\"stages\":[\"action\"]}");
		JsonNode team = json(key.get("/api/v1/employee-teams")).valueStream()
			.filter(t -> t.get("name").asString().equals("Delivery T")).findFirst().orElseThrow();
		assertThat(team.get("department").asString()).isEqualTo("Operations");
		assertThat(team.get("stages").valueStream().map(JsonNode::asString).toList()).containsExactly("action");
		assertThat(key.postJson("/api/v1/employee-teams", "{\"name\":\"X\",\"department\":\"Y\",\"stages\":\"use\"}")
			.body()).contains("\"field\":\"stages\"");
		assertThat(key.postJson("/api/v1/employee-teams", "{\"name\":\"X\"}").body()).contains("\"field\":\"department\"");
		// a row naming the team in its new department is accepted, in its old one refused
		assertThat(rejected(json(key.postJson("/api/v1/employees", "[{\"id\":\"t-1\",\"name\":\"T\",\"team\":\"Delivery T\","
				+ "\"department\":\"Operations\"},{\"id\":\"t-2\",\"name\":\"U\",\"team\":\"Delivery T\",\"department\":\"Logistics\"}]"))))
			.containsExactly("2:department");
	}

	@Test
	void settingsAreReadByAllAndChangedByAdminsWithinTheirBounds() {
		Tenant fresh = tenants.create("Employee settings");
		WebClient admin = WebClient.signedIn(port, fresh.ownerEmail(), fresh.password());
		WebClient analyst = WebClient.withKey(port, fresh.apiKey());
		assertThat(analyst.get("/api/v1/employee-settings").body())
			.isEqualTo("{\"anonymityThreshold\":5,\"promoterMin\":9,\"detractorMax\":6}");
		HttpResponse<String> low = put(admin, "/api/v1/employee-settings", "{\"anonymityThreshold\":2}");
		assertThat(low.statusCode()).isEqualTo(422);
		assertThat(low.body()).contains("\"field\":\"anonymityThreshold\"");
		assertThat(put(admin, "/api/v1/employee-settings", "{\"detractorMax\":9}").body())
			.contains("\"field\":\"detractorMax\"");
		assertThat(put(admin, "/api/v1/employee-settings", "{\"promoterMin\":\"nine\"}").body())
			.contains("\"field\":\"promoterMin\"");
		assertThat(put(analyst, "/api/v1/employee-settings", "{\"anonymityThreshold\":7}").statusCode()).isEqualTo(403);
		HttpResponse<String> saved = put(admin, "/api/v1/employee-settings", "{\"anonymityThreshold\":7,\"promoterMin\":8}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(analyst.get("/api/v1/employee-settings").body())
			.isEqualTo("{\"anonymityThreshold\":7,\"promoterMin\":8,\"detractorMax\":6}");
	}

	@Test
	void analystsReadTheDirectoryAndViewersDoNot() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID analyst = administration.ensureUser("analyst-" + unique + "@example.com", "Analyst", TestWorkspaces.PASSWORD);
		UUID viewer = administration.ensureUser("viewer-" + unique + "@example.com", "Viewer", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, analyst, Role.ANALYST);
		tenants.addMember(tenant, viewer, Role.VIEWER);
		WebClient analystClient = WebClient.signedIn(port, "analyst-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		WebClient viewerClient = WebClient.signedIn(port, "viewer-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		assertThat(analystClient.get("/api/v1/employees").statusCode()).isEqualTo(200);
		assertThat(analystClient.get("/employees").statusCode()).isEqualTo(200);
		assertThat(viewerClient.get("/api/v1/employees").statusCode()).isEqualTo(403);
		assertThat(viewerClient.get("/employees").statusCode()).isEqualTo(403);
		assertThat(viewerClient.postJson("/api/v1/employees", "[]").statusCode()).isEqualTo(403);
		assertThat(viewerClient.get("/api/v1/employee-settings").statusCode()).isEqualTo(200);
		assertThat(analystClient.get("/employees/settings").statusCode()).isEqualTo(403);
	}

	@Test
	void aCsvImportRecordsTheDirectory() {
		Tenant fresh = tenants.create("Employee import");
		WebClient freshKey = WebClient.withKey(port, fresh.apiKey());
		String csv = "id,name,email,team,department,location,manager,active\r\n"
				+ "c-1,\"Kaveh Jafari, Jr.\",kaveh@example.com,Care C,Service,Shiraz,,true\r\n"
				+ "c-2,Hannah Wright,,Care C,,,c-1,no\r\n"
				+ "c-3,No Team Department,,Night C,,,,\r\n"
				+ "c-4,Bad Active,,Care C,,,,sometimes\r\n";
		String body = freshKey.post("/api/v1/imports?kind=employees&fileName=staff.csv", "text/csv", csv).body();
		var matcher = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		String report = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> freshKey.get("/api/v1/imports/" + matcher.group(1)).body(),
					b -> b.contains("\"status\":\"done\"") || b.contains("\"status\":\"failed\""));
		assertThat(report).contains("\"status\":\"done\"", "\"accepted\":2", "{\"line\":4,\"field\":\"department\"",
				"{\"line\":5,\"field\":\"active\"");
		JsonNode kaveh = json(freshKey.get("/api/v1/employees/c-1"));
		assertThat(kaveh.get("name").asString()).isEqualTo("Kaveh Jafari, Jr.");
		assertThat(kaveh.get("location").asString()).isEqualTo("Shiraz");
		JsonNode hannah = json(freshKey.get("/api/v1/employees/c-2"));
		assertThat(hannah.get("manager").asString()).isEqualTo("c-1");
		assertThat(hannah.get("active").asBoolean()).isFalse();
		assertThat(hannah.get("department").asString()).isEqualTo("Service");
	}

	private HttpResponse<String> put(WebClient client, String path, String json) {
		return client.send(path, HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private JsonNode json(HttpResponse<String> response) {
		return mapper.readTree(response.body());
	}

	private List<String> ids(HttpResponse<String> response) {
		return json(response).valueStream().map(e -> e.get("id").asString()).toList();
	}

	private static List<String> rejected(JsonNode report) {
		return report.get("rejected").valueStream()
			.map(r -> r.get("line").asInt() + ":" + r.get("field").asString()).toList();
	}

}
