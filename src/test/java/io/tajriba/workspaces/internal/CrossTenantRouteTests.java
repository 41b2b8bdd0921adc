package io.tajriba.workspaces.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.platform.DeadLetters;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every route that takes an id, taken from the application's handler mappings so that a new one cannot be
 * forgotten, tried by the owner of workspace A with the ids of workspace B's real things: each answers 404, and
 * nothing of B changes. A route whose id this test cannot name fails it until the test learns where to find one.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantRouteTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	final RouteTable table = RouteTable.load();

	Tenant b;

	WebClient keyB;

	WebClient ownerB;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	io.tajriba.workspaces.AccessAdministration administration;

	@Autowired
	io.tajriba.text.internal.TextQueue textQueue;

	/** B's ids, by the resource a route is under ("surveys", "cases"...) and the variable's name. */
	final Map<String, String> ids = new LinkedHashMap<>();

	/**
	 * Valid bodies for the routes that check what they are sent before whose thing it is, so that the answer shows
	 * the id was looked up in the caller's workspace (else a 400 or 422 would hide it); forms as a=b&c=d.
	 */
	final Map<String, String> bodies = new LinkedHashMap<>();

	String definition;

	@BeforeAll
	void workspaceBWithOneOfEverything() {
		b = tenants.create("Victim");
		keyB = WebClient.withKey(port, b.apiKey());
		ownerB = WebClient.signedIn(port, b.ownerEmail(), b.password());
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		keyB.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"b-cust\",\"email\":\"b-cust@example.com\"}");
		keyB.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"b-event","customer":"b-cust","type":"visit","channel":"web","occurredAt":"2026-03-01T10:00:00Z"}
				{"id":"b-bad","channel":"web"}
				""");
		String customer = json(keyB.get("/api/v1/customers/b-cust")).get("id").asString();
		ids.put("customers.ref", "b-cust");
		ids.put("customers.id", customer);
		ids.put("journeys.customerId", customer);
		ids.put("surveys.customerId", customer);
		ids.put("cases.customerId", customer);
		ids.put("rejected-rows.id", json(keyB.get("/api/v1/rejected-rows")).get(0).get("id").asString());
		// a channel only B has, so that the attacker's own channels cannot answer for it
		ownerB.form("/channels", Map.of("key", "victim_line"));
		ids.put("channels.name", "victim_line");

		String survey = json(keyB.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"B survey\"}"))
			.get("id").asString();
		JsonNode definition = json(keyB.get("/api/v1/surveys/" + survey + "/definition"));
		ids.put("surveys.id", survey);
		ids.put("surveys.surveyId", survey);
		JsonNode questions = definition.get("questions");
		String question = questions.get(0).get("key").asString();
		ids.put("surveys.key", question);
		ids.put("surveys.action", "up");
		String choice = "none";
		for (JsonNode q : questions) {
			if (q.has("choices") && !q.get("choices").isEmpty()) {
				ids.put("surveys.key", q.get("key").asString());
				choice = q.get("choices").get(0).get("key").asString();
				break;
			}
		}
		ids.put("surveys.choice", choice);
		this.definition = json(keyB.get("/api/v1/surveys/" + survey)).get("definition").toString();
		String trigger = json(keyB.postJson("/api/v1/surveys/" + survey + "/triggers",
				"{\"type\":\"call\",\"delayMinutes\":0}")).get("id").asString();
		ids.put("triggers.id", trigger);
		keyB.postJson("/api/v1/surveys/" + survey + "/publish", "");
		keyB.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"b-answer\",\"customer\":\"b-cust\",\"submittedAt\":\"" + now + "\",\"answers\":{\"nps\":2}}\n");
		ids.put("surveys.responseId", json(keyB.get("/api/v1/surveys/" + survey + "/responses")).get(0).get("id")
			.asString());

		String rule = json(keyB.postJson("/api/v1/alert-rules", """
				{"name":"B detractor","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "priority":"high","assignment":{"to":"admins"}}""")).get("id").asString();
		ids.put("alert-rules.id", rule);
		keyB.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"b-answer-2\",\"customer\":\"b-cust\",\"submittedAt\":\"" + now + "\",\"answers\":{\"nps\":1}}\n");
		// the answer's event may wait behind the events of the demo companies earlier tests loaded
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
			.until(() -> json(keyB.get("/api/v1/cases")).size() == 1);
		ids.put("cases.id", json(keyB.get("/api/v1/cases")).get(0).get("id").asString());
		await().atMost(Duration.ofSeconds(60)).until(() -> json(ownerB.get("/api/v1/notifications")).size() > 0);
		ids.put("notifications.id", json(ownerB.get("/api/v1/notifications")).get(0).get("id").asString());

		ids.put("teams.id", json(ownerB.postJson("/api/v1/teams", "{\"name\":\"B team\"}")).get("id").asString());
		ids.put("agents.id", json(keyB.postJson("/api/v1/agents", "{\"key\":\"B agent\"}")).get("id").asString());
		String scorecard = json(keyB.postJson("/api/v1/scorecards", """
				{"name":"B card","channel":"call","sections":[{"title":"All","criteria":[
				 {"key":"greet","text":{"en":"Greets"},"scale":"yes_no"}]}]}""")).get("id").asString();
		ids.put("scorecards.id", scorecard);
		ids.put("agents.teamId", ids.get("teams.id"));
		keyB.post("/api/v1/interactions", "application/x-ndjson", "{\"id\":\"b-call\",\"customer\":\"b-cust\","
				+ "\"type\":\"call\",\"channel\":\"phone\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}\n");
		ids.put("reviews.id", json(keyB.postJson("/api/v1/reviews", "{\"scorecard\":\"" + scorecard
				+ "\",\"interaction\":\"b-call\",\"agent\":\"" + ids.get("agents.id") + "\",\"scores\":{\"greet\":1}}"))
			.get("id").asString());
		UUID analystB = administration.ensureUser("analyst-" + UUID.randomUUID() + "@example.com", "B analyst",
				TestWorkspaces.PASSWORD);
		tenants.addMember(b, analystB, Role.ANALYST);
		String calibration = json(keyB.postJson("/api/v1/calibrations", "{\"name\":\"B calibration\",\"scorecard\":\""
				+ scorecard + "\",\"interactions\":[\"b-call\"],\"reviewers\":[\"" + b.ownerId() + "\",\"" + analystB
				+ "\"]}")).get("id").asString();
		ids.put("calibrations.id", calibration);
		ids.put("quality.id", calibration);
		ids.put("coaching-modules.id", json(keyB.postJson("/api/v1/coaching/modules",
				"{\"title\":\"B module\",\"link\":\"https://example.com/b\",\"criterion\":\"greet\"}")).get("id").asString());
		ids.put("coaching.id", json(keyB.postJson("/api/v1/coaching", "{\"agent\":\"" + ids.get("agents.id")
				+ "\",\"coach\":\"" + b.ownerId() + "\",\"heldOn\":\"2026-03-02\",\"format\":\"one_to_one\","
				+ "\"focus\":[{\"kind\":\"criterion\",\"key\":\"greet\"}],\"actions\":[{\"text\":\"Greet by name\"}]}"))
			.get("id").asString());
		ids.put("personas.id", json(keyB.postJson("/api/v1/personas", """
				{"name":"B persona","priority":1,"rule":[{"field":"purchases","op":"gte","values":["1"]}]}"""))
			.get("id").asString());
		JsonNode journey = json(keyB.get("/api/v1/journeys")).get(0);
		ids.put("journeys.id", journey.get("id").asString());
		ids.put("journeys.ref", "b-cust");
		ids.put("journeys.key", json(keyB.get("/api/v1/journeys/" + journey.get("id").asString())).get("map")
			.get("stages").get(0).get("key").asString());
		String started = keyB.post("/api/v1/imports?kind=interactions&fileName=b.ndjson", "application/x-ndjson",
				"{\"id\":\"b-import\",\"customer\":\"b-cust\",\"type\":\"visit\",\"channel\":\"web\","
						+ "\"occurredAt\":\"2026-03-02T10:00:00Z\"}\n").body();
		ids.put("imports.id", mapper.readTree(started).get("id").asString());
		ids.put("api-keys.id", b.keyId().toString());
		ids.put("members.userId", b.ownerId().toString());
		deadLetters.record(b.workspace().id(), "no-such-job", "b-item", new IllegalStateException("planted"));
		ids.put("dead-letters.id", deadLetters.open(b.workspace().id(), "no-such-job", "b-item").orElseThrow().id()
			.toString());
		ids.put("invitations.id", json(ownerB.postJson("/api/v1/invitations",
				"{\"email\":\"invited-b@example.com\",\"role\":\"viewer\"}")).get("id").asString());

		keyB.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"b-review","customer":"b-cust","type":"review","channel":"web","occurredAt":"2026-03-03T10:00:00Z","text":"The delivery was late"}
				""");
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			textQueue.drain(Duration.ofSeconds(5));
			return json(keyB.get("/api/v1/text/results")).size() > 0;
		});
		ids.put("text.id", json(keyB.get("/api/v1/text/results")).get(0).get("id").asString());

		bodies.put("PUT /api/v1/text/analyses/{id}/correction", "{\"sentiment\":\"positive\"}");
		bodies.put("POST /text/analyses/{id}/correction", "sentiment=positive&from=check");
		bodies.put("PUT /api/v1/teams/{id}", "{\"name\":\"Taken over\"}");
		bodies.put("PATCH /api/v1/agents/{id}", "{\"displayName\":\"Taken over\"}");
		bodies.put("PUT /api/v1/scorecards/{id}", """
				{"name":"Taken over","channel":"chat","sections":[{"title":"All","criteria":[
				 {"key":"greet","text":{"en":"Greets"},"scale":"five","weight":9}]}]}""");
		bodies.put("PATCH /api/v1/reviews/{id}", "{\"action\":\"acknowledge\"}");
		bodies.put("PATCH /api/v1/coaching/{id}", "{\"notes\":\"Taken over\"}");
		bodies.put("PUT /api/v1/coaching/modules/{id}", "{\"title\":\"Taken over\",\"link\":\"https://example.com/a\","
				+ "\"criterion\":\"greet\"}");
		bodies.put("POST /agents/{id}/coaching", "format=one_to_one&heldOn=2026-03-02&focus=criterion:greet");
		bodies.put("POST /quality/coaching/{id}", "part=notes&notes=Taken over");
		bodies.put("PATCH /api/v1/members/{userId}", "{\"role\":\"viewer\"}");
		bodies.put("PATCH /api/v1/channels/{name}", "{\"kind\":\"online\"}");
		bodies.put("PUT /api/v1/alert-rules/{id}", """
				{"name":"Taken over","trigger":"response","conditions":[{"field":"nps","op":"lte","value":6}],
				 "priority":"low","assignment":{"to":"admins"}}""");
		bodies.put("PUT /api/v1/surveys/{id}", "{\"name\":\"Taken over\",\"definition\":" + definition + "}");
		bodies.put("POST /api/v1/surveys/{surveyId}/responses", "[{\"id\":\"planted\",\"answers\":{\"nps\":10}}]");
		bodies.put("POST /api/v1/cases/{id}/comments", "{\"body\":\"planted\"}");
		bodies.put("POST /api/v1/cases/{id}/follow-ups", "{\"channel\":\"phone\",\"note\":\"planted\"}");
		bodies.put("POST /api/v1/cases/{id}/recovery", "{\"metric\":\"nps\",\"score\":10}");
		bodies.put("POST /cases/{id}/comment", "body=planted");
		bodies.put("POST /cases/{id}/follow-up", "channel=phone&note=planted");
		bodies.put("POST /cases/{id}/status", "status=open");
		bodies.put("POST /cases/{id}/resolve", "solved=yes&rootCause=other");
		bodies.put("POST /surveys/{id}", "name=Taken over&definition=" + definition);

		ids.put("actions.id", json(keyB.postJson("/api/v1/actions", "{\"title\":\"B action\",\"insight\":"
				+ "{\"kind\":\"theme\",\"ref\":\"delivery\"}}")).get("id").asString());
		bodies.put("PATCH /api/v1/actions/{id}", "{\"title\":\"Taken over\"}");
		bodies.put("POST /api/v1/actions/{id}/comments", "{\"body\":\"planted\"}");
		bodies.put("POST /actions/{id}", "title=Taken over&status=done");
		bodies.put("POST /actions/{id}/comments", "body=planted");

		ids.put("initiatives.id", json(keyB.postJson("/api/v1/initiatives", "{\"title\":\"B initiative\","
				+ "\"metric\":\"csat\",\"unitKind\":\"channel\",\"treated\":[\"web\"],\"control\":[],"
				+ "\"launchOn\":\"2026-03-01\",\"minEffect\":5}")).get("id").asString());
		bodies.put("PATCH /api/v1/initiatives/{id}", "{\"title\":\"Taken over\"}");

		keyB.postJson("/api/v1/employees", "[{\"id\":\"b-emp\",\"name\":\"B employee\",\"team\":\"B team\","
				+ "\"department\":\"B department\"}]");
		ids.put("employees.id", "b-emp");
		ids.put("pulse-programs.id", json(keyB.postJson("/api/v1/pulse-programs", "{\"name\":\"B pulse\","
				+ "\"cadence\":\"monthly\",\"itemsPerWave\":2,\"firstWave\":\"2030-01-01\"}")).get("id").asString());
		bodies.put("PATCH /api/v1/pulse-programs/{id}", "{\"status\":\"paused\"}");
		JsonNode idea = json(keyB.postJson("/api/v1/ideas", "{\"title\":\"B idea\",\"employee\":\"b-emp\"}"));
		ids.put("ideas.id", idea.get("id").asString());
		ids.put("ideas.number", idea.get("number").asString());
		bodies.put("PATCH /api/v1/ideas/{id}", "{\"status\":\"under_review\"}");
		bodies.put("POST /api/v1/ideas/{id}/comments", "{\"body\":\"planted\"}");
		bodies.put("POST /ideas/{number}/comments", "body=planted");
		bodies.put("POST /ideas/{number}/status", "status=under_review");
		ids.put("maturity.id", json(ownerB.postJson("/api/v1/maturity/assessments", "{\"name\":\"B maturity\","
				+ "\"raters\":[{\"user\":\"" + b.ownerId() + "\",\"group\":\"executive\"}]}")).get("id").asString());
		bodies.put("POST /api/v1/maturity/assessments/{id}/ratings", "{\"ratings\":{\"voc.listen\":1}}");
		bodies.put("POST /api/v1/maturity/assessments/{id}/raters", "{\"raters\":[]}");
		bodies.put("POST /api/v1/maturity/assessments/{id}/close", "{}");
		bodies.put("POST /maturity/assessments/{id}/ratings", "item.voc.listen=1");
		ids.put("principles.id", json(ownerB.postJson("/api/v1/principles",
				"{\"statement\":{\"en\":\"B principle\"},\"stages\":[\"use\"]}")).get("id").asString());
		ids.put("goals.id", json(ownerB.postJson("/api/v1/goals", "{\"name\":\"B goal\",\"metric\":\"nps\","
				+ "\"target\":10,\"dueOn\":\"" + java.time.LocalDate.now().plusMonths(6) + "\"}")).get("id").asString());
		plantSharing(keyB);
	}

	/** B's report subscriptions, share links, webhooks and exports. */
	private void plantSharing(WebClient keyB) {
		// report subscriptions
		String subscription = json(ownerB.postJson("/api/v1/report-subscriptions",
				"{\"view\":\"overview\",\"frequency\":\"weekly\",\"hour\":8}")).get("id").asString();
		ids.put("report-subscriptions.id", subscription);
		// /reports/subscriptions/{id}/...: the pages name their resource by the first segment, /reports
		ids.put("reports.id", subscription);
		// (end of report subscriptions)
		// share links
		String shareLink = json(keyB.postJson("/api/v1/share-links", "{\"view\":\"overview\"}")).get("id").asString();
		ids.put("share-links.id", shareLink);
		// /reports/share-links/{id}/revoke names its resource "reports"; another piece's /reports/... id may take it
		ids.putIfAbsent("reports.id", shareLink);
		// (end of share links)
		// webhooks
		String webhook = json(ownerB.postJson("/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:9/b-hook\","
				+ "\"eventTypes\":[\"case.closed\"]}")).get("id").asString();
		String delivery = json(ownerB.postJson("/api/v1/webhooks/" + webhook + "/test", "")).get("id").asString();
		ids.put("webhooks.id", webhook);
		ids.put("webhooks.deliveryId", delivery);
		ids.put("reports.webhookId", webhook);
		ids.put("reports.deliveryId", delivery);
		// (end of webhooks)
		// exports
		ids.put("exports.id", json(keyB.postJson("/api/v1/exports/cases/jobs", "{\"format\":\"csv\"}")).get("id")
			.asString());
		// a kind is nobody's id: any known kind reads only the caller's own rows (ExportApiTests), an unknown one 404
		ids.put("exports.kind", "b-kind");
		bodies.put("POST /api/v1/exports/{kind}/jobs", "{\"format\":\"csv\"}");
		// (end of exports)
	}


	List<Routes.Route> routesWithIds() {
		// public routes take tokens (a respondent's, an invitation's, a reset's): capabilities, not a workspace's ids
		return Routes.of(mapping).stream()
			.filter(r -> r.pattern().contains("{") && !table.rule(r.method(), r.pattern()).isPublic())
			.toList();
	}

	/** The resource a route is under: the segment after /api/v1 or the first one; triggers have their own. */
	static String resource(String pattern, String variable) {
		if (pattern.contains("/triggers/{id}") && variable.equals("id")) {
			return "triggers";
		}
		if (pattern.startsWith("/settings/api-keys")) {
			return "api-keys";
		}
		if (pattern.startsWith("/api/v1/coaching/modules")) {
			return "coaching-modules";
		}
		if (pattern.startsWith("/quality/coaching")) {
			return "coaching";
		}
		if (pattern.startsWith("/settings/dead-letters")) {
			return "dead-letters";
		}
		if (pattern.startsWith("/settings/members/invitations")) {
			return "invitations";
		}
		String[] parts = pattern.replaceFirst("^/api/v1", "").split("/");
		// the quality pages under /quality name their resource second: /quality/scorecards/{id}
		return parts[1].equals("quality") && pattern.startsWith("/quality/") ? parts[2] : parts[1];
	}

	@Test
	void everyRouteWithAnIdGives404ForAnotherWorkspacesIdsAndChangesNothing() {
		WebClient ownerA = WebClient.signedIn(port, tenants.create("Attacker").ownerEmail(), TestWorkspaces.PASSWORD);
		Map<String, String> before = snapshotOfB();
		List<String> unnamed = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		int tried = 0;
		for (Routes.Route route : routesWithIds()) {
			Matcher m = VARIABLE.matcher(route.pattern());
			StringBuilder path = new StringBuilder();
			boolean named = true;
			while (m.find()) {
				String id = ids.get(resource(route.pattern(), m.group(1)) + "." + m.group(1));
				if (id == null) {
					named = false;
					id = "x";
				}
				m.appendReplacement(path, Matcher.quoteReplacement(id));
			}
			m.appendTail(path);
			if (!named) {
				unnamed.add(route.method() + " " + route.pattern());
				continue;
			}
			HttpResponse<String> response = Routes.send(ownerA, route.method(), path.toString(),
					bodies.get(route.method() + " " + route.pattern()));
			tried++;
			if (response.statusCode() != 404) {
				wrong.add(route.method() + " " + path + " -> " + response.statusCode());
			}
		}
		assertThat(unnamed).as("routes whose id this test cannot name yet").isEmpty();
		assertThat(tried).isGreaterThan(60);
		assertThat(wrong).as("routes that did not answer 404 for another workspace's id").isEmpty();
		assertThat(snapshotOfB()).isEqualTo(before);
	}

	private Map<String, String> snapshotOfB() {
		Map<String, String> seen = new LinkedHashMap<>();
		for (String path : List.of("/api/v1/surveys/" + ids.get("surveys.id"), "/api/v1/surveys/" + ids.get("surveys.id")
				+ "/triggers", "/api/v1/surveys/" + ids.get("surveys.id") + "/responses", "/api/v1/cases/"
						+ ids.get("cases.id"), "/api/v1/cases/" + ids.get("cases.id") + "/timeline",
				"/api/v1/alert-rules/" + ids.get("alert-rules.id"), "/api/v1/personas", "/api/v1/teams", "/api/v1/agents",
				"/api/v1/scorecards", "/api/v1/reviews", "/api/v1/calibrations",
				"/api/v1/calibrations/" + ids.get("calibrations.id"), "/api/v1/coaching", "/api/v1/coaching/modules",
				"/api/v1/members", "/api/v1/invitations", "/api/v1/api-keys", "/api/v1/rejected-rows", "/api/v1/customers/b-cust",
				"/api/v1/journeys/" + ids.get("journeys.id"), "/api/v1/notifications", "/api/v1/workspace",
				"/api/v1/dead-letters", "/api/v1/channels", "/api/v1/text/results", "/api/v1/text/accuracy",
				"/api/v1/actions/" + ids.get("actions.id"), "/api/v1/initiatives/" + ids.get("initiatives.id"),
				"/api/v1/employees", "/api/v1/pulse-programs", "/api/v1/ideas/" + ids.get("ideas.id"),
				"/api/v1/maturity/assessments/" + ids.get("maturity.id"), "/api/v1/principles/" + ids.get("principles.id"),
				"/api/v1/goals/" + ids.get("goals.id"), "/api/v1/owners")) {
			HttpResponse<String> response = ownerB.get(path);
			// what time changes (a key's last use, a case's service-level time left in business hours) is no change by A
			seen.put(path, response.statusCode() + " " + response.body()
				.replaceAll("\"(lastUsedAt|lastSeenAt|firstResponseLeft|resolutionLeft)\":\"[^\"]*\"", ""));
		}
		return seen;
	}

	private JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}
}
