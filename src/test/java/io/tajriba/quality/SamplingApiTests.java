package io.tajriba.quality;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.text.TextAnalytics;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static io.tajriba.quality.SampleWeeks.at;
import static io.tajriba.quality.SampleWeeks.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The weekly review sample through the API, on a week of Sara's 12 calls, 6 chats and 3 e-mails (5 picked at random:
 * quotas 2.86, 1.43 and 0.71, the e-mails raised to one and the other 4 shared 2.67 and 1.33, so 3 calls, 1 chat, 1
 * e-mail), Omid's 3 chats (all picked), inactive Lina's calls (none) and Kian, whom only the data names. Five of
 * Sara's interactions are pointed at: two calls by an unhappy NPS answer (one found as the customer's latest call,
 * one named by its response), a chat by a case, two e-mails by their negative text (so one at least is never
 * picked at random).
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	TextAnalytics text;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	WebClient owner;
	LocalDate week;
	Map<String, String> agents = new HashMap<>();

	/** What points at Sara's interactions, by interaction. */
	static final Map<String, String> POINTED = Map.of("p-det", "detractor", "p-named", "detractor", "c-case", "case",
			"e-neg", "negative_text", "e-neg2", "negative_text");

	@BeforeAll
	void aWeekOfInteractions() {
		tenant = tenants.create("Sampling");
		key = WebClient.withKey(port, tenant.apiKey());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		week = SampleWeeks.week();
		for (String name : List.of("Sara", "Omid")) {
			agents.put(name, json(key.postJson("/api/v1/agents", "{\"key\":\"" + name + "\"}")).get("id").asString());
		}
		agents.put("Lina", json(key.postJson("/api/v1/agents", "{\"key\":\"Lina\",\"active\":false}")).get("id")
			.asString());
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 9; i++) {
			rows.append(interaction("p" + i, "Sara", "call", "phone", i == 0 ? "cust-h" : null, at(week, i % 7, 9, i),
					null));
		}
		rows.append(interaction("p-det", "Sara", "call", "phone", "cust-d", at(week, 1, 10, 0), null));
		rows.append(interaction("p-named", "Sara", "call", "phone", "cust-n", at(week, 2, 10, 0), null));
		rows.append(interaction("p-late", "Sara", "call", "phone", "cust-late", at(week, 0, 9, 30), null));
		for (int i = 0; i < 5; i++) {
			rows.append(interaction("c" + i, "Sara", "chat", "chat", null, at(week, i, 14, 0), null));
		}
		rows.append(interaction("c-case", "Sara", "complaint", "chat", "cust-c", at(week, 3, 15, 0), null));
		// Monday 00:30 in Tehran, still Sunday in UTC: the next week's
		rows.append(interaction("c-next", "Sara", "chat", "chat", null, at(week, 7, 0, 30), null));
		rows.append(interaction("e0", "Sara", "email", "email", null, at(week, 4, 11, 0),
				"Thank you so much, the agent was wonderful and very helpful"));
		rows.append(interaction("e-neg", "Sara", "email", "email", "cust-e", at(week, 5, 11, 0),
				"Terrible service, the agent was rude and useless. I am furious."));
		rows.append(interaction("e-neg2", "Sara", "email", "email", null, at(week, 6, 11, 0),
				"The worst support ever, rude and slow. I am very angry and will never come back."));
		for (int i = 0; i < 3; i++) {
			rows.append(interaction("o" + i, "Omid", "chat", "chat", null, at(week, i, 16, 0), null));
		}
		for (int i = 0; i < 4; i++) {
			rows.append(interaction("l" + i, "Lina", "call", "phone", null, at(week, i, 12, 0), null));
		}
		rows.append(interaction("k0", "Kian", "call", "phone", null, at(week, 1, 13, 0), null));
		rows.append(interaction("k1", "Kian", "call", "phone", null, at(week, 2, 13, 0), null));
		rows.append(interaction("anonymous", null, "visit", "web", null, at(week, 2, 13, 0), null));
		SampleWeeks.record(key, rows.toString());
		String nps = json(key.postJson("/api/v1/surveys?template=nps-relationship", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + nps + "/publish", "");
		HttpResponse<String> answered = key.post("/api/v1/surveys/" + nps + "/responses", "application/x-ndjson",
				answer("r-det", "cust-d", null, at(week, 2, 12, 0), 2)
						+ answer("r-named", "cust-n", "p-named", at(week, 4, 12, 0), 1)
						// eight days after the customer's call: about something else
						+ answer("r-late", "cust-late", null, at(week, 8, 12, 0), 0)
						+ answer("r-happy", "cust-h", null, at(week, 1, 12, 0), 10));
		assertThat(answered.body()).contains("\"accepted\":4");
		// the complaint is older than a live rule looks: the rule applied to the last 30 days opens its case
		String rule = json(key.postJson("/api/v1/alert-rules", """
				{"name":"Complaints","trigger":"interaction","conditions":[{"field":"type","op":"eq","value":"complaint"}]}"""))
			.get("id").asString();
		assertThat(json(key.postJson("/api/v1/alert-rules/" + rule + "/backfill?days=30", "")).get("signals").asInt())
			.isEqualTo(1);
		assertThat(key.get("/api/v1/cases").body()).contains("Complaints");
		await().atMost(Duration.ofSeconds(60)).until(() -> List.of("e0", "e-neg", "e-neg2").stream()
			.allMatch(id -> text.result(tenant.workspace().id(), "interaction", id, "").isPresent()));
		for (String id : List.of("e-neg", "e-neg2")) {
			assertThat(text.result(tenant.workspace().id(), "interaction", id, "").orElseThrow().sentiment())
				.isEqualTo("negative");
		}
		assertThat(text.result(tenant.workspace().id(), "interaction", "e0", "").orElseThrow().sentiment())
			.isNotEqualTo("negative");
	}

	static String answer(String id, String customer, String interaction, java.time.Instant at, int nps) {
		return "{\"id\":\"" + id + "\",\"customer\":\"" + customer + "\""
				+ (interaction == null ? "" : ",\"interaction\":\"" + interaction + "\"") + ",\"submittedAt\":\"" + at
				+ "\",\"answers\":{\"nps\":" + nps + "}}\n";
	}

	JsonNode drawn() {
		HttpResponse<String> drawn = key.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week + "\"}");
		assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(200);
		return json(drawn);
	}

	List<JsonNode> of(JsonNode week, String agent, String kind) {
		List<JsonNode> found = new ArrayList<>();
		week.get("items").forEach(a -> {
			if (a.get("agent").asString().equals(agents.get(agent)) && a.get("kind").asString().equals(kind)) {
				found.add(a);
			}
		});
		return found;
	}

	static Set<String> interactions(List<JsonNode> assignments) {
		Set<String> ids = new HashSet<>();
		assignments.forEach(a -> ids.add(a.get("interaction").asString()));
		return ids;
	}

	@Test
	void eachActiveAgentGetsAStratifiedRandomSampleOfTheirWeek() {
		JsonNode drawn = drawn();
		assertThat(drawn.get("week").asString()).isEqualTo(week.toString());
		List<JsonNode> sara = of(drawn, "Sara", "random");
		assertThat(sara).hasSize(5);
		Map<String, Integer> perChannel = new HashMap<>();
		sara.forEach(a -> perChannel.merge(a.get("stratum").asString(), 1, Integer::sum));
		assertThat(perChannel).containsEntry("phone", 3).containsEntry("chat", 1).containsEntry("email", 1);
		// the chat of Monday 00:30 in Tehran belongs to the next week: six chats, not seven
		Map<String, Integer> sizes = new HashMap<>();
		sara.forEach(a -> sizes.put(a.get("stratum").asString(), a.get("stratumSize").asInt()));
		assertThat(sizes).containsEntry("phone", 12).containsEntry("chat", 6).containsEntry("email", 3);
		assertThat(interactions(sara)).doesNotContain("c-next").hasSize(5);
		assertThat(of(drawn, "Omid", "random")).extracting(a -> a.get("interaction").asString())
			.containsExactlyInAnyOrder("o0", "o1", "o2");
		assertThat(of(drawn, "Omid", "targeted")).isEmpty();
		assertThat(of(drawn, "Lina", "random")).isEmpty();
		// Kian, named only by the data, is in the directory now and sampled
		String kian = null;
		for (JsonNode entry : json(key.get("/api/v1/agents")).get("agents")) {
			if (entry.get("agent").get("key").asString().equals("Kian")) {
				kian = entry.get("agent").get("id").asString();
			}
		}
		assertThat(kian).isNotNull();
		agents.put("Kian", kian);
		assertThat(interactions(of(drawn, "Kian", "random"))).containsExactlyInAnyOrder("k0", "k1");
		assertThat(drawn.get("items")).allSatisfy(a -> assertThat(a.get("status").asString()).isIn("open", "reviewed"));
		assertThat(drawn.toString()).doesNotContain("anonymous");
	}

	@Test
	void targetedPicksAreWhatIsPointedAtWithTheirReasonAndNeverARandomOne() {
		JsonNode drawn = drawn();
		Set<String> random = interactions(of(drawn, "Sara", "random"));
		List<JsonNode> targeted = of(drawn, "Sara", "targeted");
		Set<String> open = new HashSet<>(POINTED.keySet());
		open.removeAll(random);
		assertThat(targeted).hasSize(Math.min(3, open.size()));
		for (JsonNode pick : targeted) {
			String interaction = pick.get("interaction").asString();
			assertThat(POINTED).containsKey(interaction);
			assertThat(random).doesNotContain(interaction);
			assertThat(pick.get("reason").asString()).as(interaction).isEqualTo(POINTED.get(interaction));
		}
		// the reasons take turns: when each reason still has a candidate, each gets one of the three places
		Set<String> reasonsLeft = new HashSet<>();
		open.forEach(id -> reasonsLeft.add(POINTED.get(id)));
		Set<String> reasonsTaken = new HashSet<>();
		targeted.forEach(t -> reasonsTaken.add(t.get("reason").asString()));
		assertThat(reasonsTaken).isEqualTo(reasonsLeft);
		// the late answer and the happy one point at nothing
		assertThat(interactions(targeted)).doesNotContain("p-late", "p0");
	}

	@Test
	void aWeekIsDrawnOnceAndReadBack() {
		JsonNode first = drawn();
		JsonNode again = drawn();
		assertThat(again.get("items")).isEqualTo(first.get("items"));
		assertThat(again.get("drawnAt")).isEqualTo(first.get("drawnAt"));
		assertThat(json(key.get("/api/v1/quality/assignments?week=" + week)).get("items")).isEqualTo(first.get("items"));
		// the latest week drawn with assignments is the default
		key.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week.minusWeeks(1) + "\"}");
		assertThat(json(key.get("/api/v1/quality/assignments")).get("week").asString()).isEqualTo(week.toString());
		JsonNode omid = json(key.get("/api/v1/quality/assignments?week=" + week + "&agent=" + agents.get("Omid")));
		assertThat(omid.get("items")).hasSize(3)
			.allSatisfy(a -> assertThat(a.get("agent").asString()).isEqualTo(agents.get("Omid")));
	}

	@Test
	void aReviewOfAnAssignmentTakesItsInteractionAgentAndKindAndFulfilsItOnce() {
		JsonNode drawn = drawn();
		String card = SampleWeeks.card(key);
		JsonNode assignment = of(drawn, "Sara", "random").get(0);
		String id = assignment.get("id").asString();
		JsonNode other = of(drawn, "Sara", "random").get(1);
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"assignment\":\"" + id
				+ "\",\"interaction\":\"" + other.get("interaction").asString() + "\",\"scores\":" + SampleWeeks.scores(4)
				+ "}"), "interaction");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"assignment\":\"" + id
				+ "\",\"agent\":\"" + agents.get("Omid") + "\",\"scores\":" + SampleWeeks.scores(4) + "}"), "agent");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"assignment\":\""
				+ UUID.randomUUID() + "\",\"scores\":" + SampleWeeks.scores(4) + "}"), "assignment");
		HttpResponse<String> created = key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card
				+ "\",\"assignment\":\"" + id + "\",\"agent\":\"" + agents.get("Sara") + "\",\"scores\":"
				+ SampleWeeks.scores(4) + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode review = json(created);
		assertThat(review.get("kind").asString()).isEqualTo("random");
		assertThat(review.get("interaction").asString()).isEqualTo(assignment.get("interaction").asString());
		assertThat(review.get("agent").asString()).isEqualTo(agents.get("Sara"));
		HttpResponse<String> twice = key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"assignment\":\""
				+ id + "\",\"scores\":" + SampleWeeks.scores(2) + "}");
		assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
		JsonNode reviewed = json(key.get("/api/v1/quality/assignments?week=" + week + "&status=reviewed"));
		assertThat(reviewed.get("items")).anySatisfy(a -> {
			assertThat(a.get("id").asString()).isEqualTo(id);
			assertThat(a.get("review").asString()).isEqualTo(review.get("id").asString());
			assertThat(a.get("reviewScore").asDouble()).isEqualTo(0.85);
		});
		assertThat(json(key.get("/api/v1/quality/assignments?week=" + week + "&status=open")).toString())
			.doesNotContain(id);
		// a targeted pick's review is targeted; a review without an assignment is ad hoc
		JsonNode targeted = of(drawn, "Sara", "targeted").get(0);
		assertThat(json(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"assignment\":\""
				+ targeted.get("id").asString() + "\",\"scores\":" + SampleWeeks.scores(1) + "}")).get("kind").asString())
			.isEqualTo("targeted");
		assertThat(json(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"p0\","
				+ "\"agent\":\"" + agents.get("Sara") + "\",\"scores\":" + SampleWeeks.scores(1) + "}")).get("kind")
			.asString()).isEqualTo("adhoc");
		// another workspace cannot review it, nor read it
		WebClient stranger = WebClient.withKey(port, tenants.create("Stranger").apiKey());
		String theirs = SampleWeeks.card(stranger);
		String open = of(drawn, "Omid", "random").get(0).get("id").asString();
		assertField(stranger.postJson("/api/v1/reviews", "{\"scorecard\":\"" + theirs + "\",\"assignment\":\"" + open
				+ "\",\"scores\":" + SampleWeeks.scores(4) + "}"), "assignment");
		assertThat(json(stranger.get("/api/v1/quality/assignments?week=" + week)).get("items")).isEmpty();
	}

	@Test
	void badWeeksStatusesAndBodiesAreNamed() {
		assertField(key.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week.plusDays(1) + "\"}"), "week");
		LocalDate thisWeek = week.plusWeeks(2);
		assertField(key.postJson("/api/v1/quality/sampling", "{\"week\":\"" + thisWeek + "\"}"), "week");
		assertField(key.postJson("/api/v1/quality/sampling", "{}"), "week");
		assertField(key.postJson("/api/v1/quality/sampling", "{\"week\":7}"), "week");
		assertField(key.postJson("/api/v1/quality/sampling", "[]"), "body");
		assertField(key.get("/api/v1/quality/assignments?week=someday"), "week");
		assertField(key.get("/api/v1/quality/assignments?status=maybe"), "status");
		assertField(key.get("/api/v1/quality/assignments?agent=someone"), "agent");
	}

	@Test
	void viewersReadTheQueueButOnlyAnalystsAndUpDrawAndAgentsSeeTheirOwn() {
		drawn();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID viewer = administration.ensureUser("viewer-" + unique + "@example.com", "Viewer", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, viewer, Role.VIEWER);
		WebClient client = WebClient.signedIn(port, "viewer-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		assertThat(json(client.get("/api/v1/quality/assignments?week=" + week)).get("items").size()).isGreaterThan(8);
		assertThat(client.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week + "\"}").statusCode())
			.isEqualTo(403);
		UUID agentUser = administration.ensureUser("omid-" + unique + "@example.com", "Omid", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, agentUser, Role.AGENT);
		key.patchJson("/api/v1/agents/" + agents.get("Omid"), "{\"user\":\"" + agentUser + "\"}");
		WebClient omid = WebClient.signedIn(port, "omid-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		assertThat(json(omid.get("/api/v1/quality/assignments?week=" + week)).get("items")).hasSize(3)
			.allSatisfy(a -> assertThat(a.get("agent").asString()).isEqualTo(agents.get("Omid")));
		// the page: the queue with links to the review form, the draw button for analysts only
		String page = owner.get("/quality/assignments?week=" + week).body();
		assertThat(page).contains("Review queue", "Sara", "Omid", "/reviews/new?assignment=", "Draw the week",
				"Targeted picks");
		assertThat(client.get("/quality/assignments?week=" + week).body()).contains("Sara")
			.doesNotContain("Draw the week", "/reviews/new?assignment=");
	}

	@Test
	void theSampleSizeIsASettingAndAPutLeavesWhatItDoesNotName() {
		Tenant own = tenants.create("Sample size");
		WebClient admin = WebClient.signedIn(port, own.ownerEmail(), own.password());
		WebClient ownKey = WebClient.withKey(port, own.apiKey());
		assertThat(json(admin.get("/api/v1/quality/settings")).get("samplePerAgent").asInt()).isEqualTo(5);
		JsonNode two = json(admin.send("/api/v1/quality/settings", put("{\"samplePerAgent\":2}")));
		assertThat(two.get("samplePerAgent").asInt()).isEqualTo(2);
		assertThat(two.get("attribution").asString()).isEqualTo("last");
		JsonNode first = json(admin.send("/api/v1/quality/settings", put("{\"attribution\":\"first\"}")));
		assertThat(first.get("samplePerAgent").asInt()).isEqualTo(2);
		assertThat(first.get("attribution").asString()).isEqualTo("first");
		assertField(admin.send("/api/v1/quality/settings", put("{\"samplePerAgent\":101}")), "samplePerAgent");
		assertField(admin.send("/api/v1/quality/settings", put("{\"samplePerAgent\":-1}")), "samplePerAgent");
		assertField(admin.send("/api/v1/quality/settings", put("{\"samplePerAgent\":\"many\"}")), "samplePerAgent");
		assertField(admin.send("/api/v1/quality/settings", put("{\"samplePerAgent\":2.5}")), "samplePerAgent");
		assertField(admin.send("/api/v1/quality/settings", put("{}")), "attribution");
		assertThat(ownKey.send("/api/v1/quality/settings", put("{\"samplePerAgent\":9}")).statusCode()).isEqualTo(403);
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			rows.append(interaction("s" + i, "Sara", "call", "phone", null, at(week, i % 7, 10, i), null));
		}
		SampleWeeks.record(ownKey, rows.toString());
		JsonNode drawn = json(ownKey.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week + "\"}"));
		assertThat(drawn.get("items")).hasSize(2)
			.allSatisfy(a -> assertThat(a.get("kind").asString()).isEqualTo("random"));
	}

	static HttpRequest.Builder put(String body) {
		return HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body));
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}

	void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}
}
