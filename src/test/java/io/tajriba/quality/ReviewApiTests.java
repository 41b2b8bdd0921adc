package io.tajriba.quality;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.within;

/**
 * Scorecards and reviews through the API, on a card of three criteria worked out by hand: greet (yes/no, weight
 * 1), solve (five points, weight 3, N/A allowed) and privacy (yes/no, weight 1, critical).
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewApiTests {

	static final String CARD = """
			{"name":"Calls","channel":"call","sections":[
			 {"title":"Opening","criteria":[
			  {"key":"greet","text":{"en":"Greets the customer","fa":"به مشتری خوشامد می‌گوید"},"scale":"yes_no","weight":1}]},
			 {"title":"Handling","criteria":[
			  {"key":"solve","text":{"en":"Solves the problem"},"scale":"five","weight":3,"naAllowed":true},
			  {"key":"privacy","text":{"en":"Checks who is calling"},"scale":"yes_no","weight":1,"critical":true}]}]}""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	String agent;

	@BeforeAll
	void aWorkspaceWithAnAgentAndACall() {
		tenant = tenants.create("Reviews");
		key = WebClient.withKey(port, tenant.apiKey());
		agent = json(key.postJson("/api/v1/agents", "{\"key\":\"Sara\"}")).get("id").asString();
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"call-7\",\"type\":\"call\",\"channel\":\"phone\",\"agent\":\"Sara\","
						+ "\"occurredAt\":\"2026-10-03T08:00:00Z\"}\n").body()).contains("\"accepted\":1");
	}

	String card() {
		HttpResponse<String> created = key.postJson("/api/v1/scorecards", CARD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asString();
	}

	HttpResponse<String> review(String card, String scores) {
		return key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"call-7\",\"agent\":\""
				+ agent + "\",\"scores\":" + scores + ",\"comments\":{\"solve\":\"Found the parcel\"}}");
	}

	@Test
	void aScorecardIsCreatedAndRead() {
		String card = card();
		JsonNode read = json(key.get("/api/v1/scorecards/" + card));
		assertThat(read.get("version").asInt()).isEqualTo(1);
		assertThat(read.get("channel").asString()).isEqualTo("call");
		assertThat(read.get("sections")).hasSize(2);
		JsonNode privacy = read.get("sections").get(1).get("criteria").get(1);
		assertThat(privacy.get("key").asString()).isEqualTo("privacy");
		assertThat(privacy.get("critical").asBoolean()).isTrue();
		assertThat(read.get("sections").get(0).get("criteria").get(0).get("text").get("fa").asString())
			.isEqualTo("به مشتری خوشامد می‌گوید");
		assertThat(key.get("/api/v1/scorecards").body()).contains(card);
	}

	@Test
	void aReviewIsScoredAsByHand() {
		// greet yes (1.0, weight 1), solve 4 of 1-5 (0.75, weight 3), privacy yes: (1 + 2.25 + 1) / 5 = 0.85
		HttpResponse<String> created = review(card(), "{\"greet\":1,\"solve\":4,\"privacy\":1}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode review = json(created);
		assertThat(review.get("score").asDouble()).isCloseTo(0.85, within(1e-9));
		assertThat(review.get("autoFail").asBoolean()).isFalse();
		assertThat(review.get("status").asString()).isEqualTo("open");
		assertThat(review.get("scorecardVersion").asInt()).isEqualTo(1);
		assertThat(review.get("criteria").get(1).get("score").asDouble()).isEqualTo(0.75);
		assertThat(review.get("criteria").get(1).get("comment").asString()).isEqualTo("Found the parcel");
		// solve N/A: greet yes, privacy yes over weights 1 + 1 = 1.0; greet no: (0 + 1) / 2 = 0.5
		assertThat(json(review(card(), "{\"greet\":0,\"solve\":null,\"privacy\":1}")).get("score").asDouble())
			.isEqualTo(0.5);
		String id = review.get("id").asString();
		assertThat(json(key.get("/api/v1/reviews/" + id)).get("score").asDouble()).isCloseTo(0.85, within(1e-9));
		JsonNode page = json(key.get("/api/v1/reviews?agent=" + agent));
		assertThat(page.get("items").toString()).contains(id);
		assertThat(page.get("items")).allSatisfy(r -> assertThat(r.get("agent").asString()).isEqualTo(agent));
		assertThat(review.get("kind").asString()).isEqualTo("adhoc");
	}

	@Test
	void aFailedCriticalCriterionSetsTheReviewToZero() {
		JsonNode review = json(review(card(), "{\"greet\":1,\"solve\":5,\"privacy\":0}"));
		assertThat(review.get("score").asDouble()).isZero();
		assertThat(review.get("autoFail").asBoolean()).isTrue();
		assertThat(review.get("autoFailed").get(0).asString()).isEqualTo("privacy");
	}

	@Test
	void wordingKeepsTheVersionAndAWeightMakesANewOneWhileOldReviewsKeepTheirs() {
		String card = card();
		JsonNode first = json(review(card, "{\"greet\":1,\"solve\":4,\"privacy\":1}"));
		JsonNode worded = json(key.send("/api/v1/scorecards/" + card,
				put(CARD.replace("Greets the customer", "Greets the customer by name"))));
		assertThat(worded.get("version").asInt()).isEqualTo(1);
		assertThat(worded.get("versionId").asString()).isEqualTo(first.get("scorecardVersionId").asString());
		assertThat(worded.toString()).contains("Greets the customer by name");
		JsonNode weighted = json(key.send("/api/v1/scorecards/" + card,
				put(CARD.replace("\"weight\":3", "\"weight\":1"))));
		assertThat(weighted.get("version").asInt()).isEqualTo(2);
		JsonNode old = json(key.get("/api/v1/reviews/" + first.get("id").asString()));
		assertThat(old.get("scorecardVersion").asInt()).isEqualTo(1);
		assertThat(old.get("score").asDouble()).isCloseTo(0.85, within(1e-9));
		// against version 2: (1 + 0.75 + 1) / 3
		JsonNode second = json(review(card, "{\"greet\":1,\"solve\":4,\"privacy\":1}"));
		assertThat(second.get("scorecardVersion").asInt()).isEqualTo(2);
		assertThat(second.get("score").asDouble()).isCloseTo(2.75 / 3, within(1e-9));
	}

	@Test
	void aDisputeIsResolvedAsPartlyWithNewScoresAndAllIsKept() {
		String id = json(review(card(), "{\"greet\":0,\"solve\":2,\"privacy\":1}")).get("id").asString();
		assertThat(json(key.patchJson("/api/v1/reviews/" + id, "{\"action\":\"acknowledge\"}")).get("status")
			.asString()).isEqualTo("acknowledged");
		assertThat(json(key.patchJson("/api/v1/reviews/" + id,
				"{\"action\":\"dispute\",\"comment\":\"I did greet, and the parcel was found\"}")).get("status")
			.asString()).isEqualTo("disputed");
		// partly: greet yes now, solve stays 2 of 1-5 (0.25): (1 + 0.75 + 1) / 5 = 0.55
		JsonNode resolved = json(key.patchJson("/api/v1/reviews/" + id,
				"{\"action\":\"resolve\",\"outcome\":\"partly\",\"scores\":{\"greet\":1,\"solve\":2,\"privacy\":1}}"));
		assertThat(resolved.get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.get("score").asDouble()).isCloseTo(0.55, within(1e-9));
		JsonNode history = resolved.get("history");
		assertThat(history).hasSize(3);
		assertThat(history.get(0).get("action").asString()).isEqualTo("acknowledge");
		assertThat(history.get(1).get("comment").asString()).isEqualTo("I did greet, and the parcel was found");
		assertThat(history.get(2).get("outcome").asString()).isEqualTo("partly");
		assertThat(history.get(2).get("score").asDouble()).isCloseTo(0.55, within(1e-9));
		assertField(key.patchJson("/api/v1/reviews/" + id, "{\"action\":\"dispute\",\"comment\":\"again\"}"), "action");
		// a rejected dispute keeps the scores; an N/A answer in new scores is kept as null
		String other = json(review(card(), "{\"greet\":0,\"solve\":2,\"privacy\":1}")).get("id").asString();
		key.patchJson("/api/v1/reviews/" + other, "{\"action\":\"dispute\",\"comment\":\"Not fair\"}");
		JsonNode accepted = json(key.patchJson("/api/v1/reviews/" + other,
				"{\"action\":\"resolve\",\"outcome\":\"accepted\",\"scores\":{\"greet\":1,\"solve\":null,\"privacy\":1}}"));
		assertThat(accepted.get("score").asDouble()).isEqualTo(1.0);
		assertThat(accepted.get("history").get(1).get("answers").has("solve")).isTrue();
		assertThat(accepted.get("criteria").get(1).get("point").isNull()).isTrue();
	}

	@Test
	void theReviewedAgentAcknowledgesAndDisputesButDoesNotResolveAndSeesOnlyTheirOwn() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID user = administration.ensureUser("agent-" + unique + "@example.com", "Nima", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, user, Role.AGENT);
		String nima = json(key.postJson("/api/v1/agents", "{\"key\":\"Nima " + unique + "\",\"user\":\"" + user
				+ "\"}")).get("id").asString();
		String card = card();
		String mine = json(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"call-7\","
				+ "\"agent\":\"" + nima + "\",\"scores\":{\"greet\":1,\"solve\":3,\"privacy\":1}}"))
			.get("id").asString();
		String saras = json(review(card, "{\"greet\":1,\"solve\":3,\"privacy\":1}")).get("id").asString();
		WebClient client = WebClient.signedIn(port, "agent-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		JsonNode seen = json(client.get("/api/v1/reviews"));
		assertThat(seen.get("items")).hasSize(1);
		assertThat(seen.get("items").get(0).get("id").asString()).isEqualTo(mine);
		assertThat(seen.get("next").isNull()).isTrue();
		assertThat(client.get("/api/v1/reviews/" + saras).statusCode()).isEqualTo(404);
		assertThat(client.patchJson("/api/v1/reviews/" + saras, "{\"action\":\"acknowledge\"}").statusCode())
			.isEqualTo(404);
		assertThat(json(client.patchJson("/api/v1/reviews/" + mine, "{\"action\":\"dispute\",\"comment\":\"No\"}"))
			.get("status").asString()).isEqualTo("disputed");
		assertThat(client.patchJson("/api/v1/reviews/" + mine, "{\"action\":\"resolve\",\"outcome\":\"rejected\"}")
			.statusCode()).isEqualTo(403);
		assertThat(client.postJson("/api/v1/reviews", "{}").statusCode()).isEqualTo(403);
	}

	@Test
	void viewersReadButDoNotCreate() {
		String card = card();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID viewer = administration.ensureUser("viewer-" + unique + "@example.com", "Viewer", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, viewer, Role.VIEWER);
		WebClient client = WebClient.signedIn(port, "viewer-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		assertThat(client.get("/api/v1/scorecards/" + card).statusCode()).isEqualTo(200);
		assertThat(client.get("/api/v1/reviews").statusCode()).isEqualTo(200);
		assertThat(client.postJson("/api/v1/scorecards", CARD).statusCode()).isEqualTo(403);
		assertThat(client.send("/api/v1/scorecards/" + card, put(CARD)).statusCode()).isEqualTo(403);
		assertThat(client.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\"}").statusCode()).isEqualTo(403);
	}

	@Test
	void anotherWorkspacesIdsAreNotFound() {
		String card = card();
		String review = json(review(card, "{\"greet\":1,\"solve\":3,\"privacy\":1}")).get("id").asString();
		WebClient other = WebClient.withKey(port, tenants.create("Other reviews").apiKey());
		assertThat(other.get("/api/v1/scorecards/" + card).statusCode()).isEqualTo(404);
		assertThat(other.send("/api/v1/scorecards/" + card, put(CARD)).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/reviews/" + review).statusCode()).isEqualTo(404);
		assertThat(other.patchJson("/api/v1/reviews/" + review, "{\"action\":\"acknowledge\"}").statusCode())
			.isEqualTo(404);
		// another workspace's scorecard or agent in a body is a bad field
		assertField(other.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"call-7\","
				+ "\"agent\":\"" + agent + "\",\"scores\":{}}"), "scorecard");
		assertThat(json(key.get("/api/v1/reviews/" + review)).get("status").asString()).isEqualTo("open");
	}

	@Test
	void badFieldsAreNamed() {
		String card = card();
		assertField(review(card, "{\"greet\":1,\"solve\":9,\"privacy\":1}"), "scores.solve");
		assertField(review(card, "{\"greet\":null,\"solve\":3,\"privacy\":1}"), "scores.greet");
		assertField(review(card, "{\"greet\":1,\"solve\":3}"), "scores.privacy");
		assertField(review(card, "{\"greet\":1,\"solve\":3,\"privacy\":1,\"smile\":1}"), "scores.smile");
		assertField(review(card, "{\"greet\":\"yes\",\"solve\":3,\"privacy\":1}"), "scores.greet");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"no-such\","
				+ "\"agent\":\"" + agent + "\",\"scores\":{}}"), "interaction");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"agent\":\"" + agent
				+ "\",\"scores\":{}}"), "interaction");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"case\":\"" + UUID.randomUUID()
				+ "\",\"agent\":\"" + agent + "\",\"scores\":{\"greet\":1,\"solve\":3,\"privacy\":1}}"), "case");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"call-7\","
				+ "\"agent\":\"" + UUID.randomUUID() + "\",\"scores\":{}}"), "agent");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"nope\"}"), "scorecard");
		assertField(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"call-7\","
				+ "\"agent\":\"" + agent + "\",\"scores\":{\"greet\":1,\"solve\":3,\"privacy\":1},"
				+ "\"comments\":{\"smile\":\"x\"}}"), "comments.smile");
		assertField(key.postJson("/api/v1/scorecards", CARD.replace("\"weight\":3", "\"weight\":0")),
				"sections[1].criteria[0].weight");
		assertField(key.postJson("/api/v1/scorecards", CARD.replace("\"five\"", "\"ten\"")),
				"sections[1].criteria[0].scale");
		assertField(key.postJson("/api/v1/scorecards", CARD.replace("\"call\"", "\"fax\"")), "channel");
		assertField(key.postJson("/api/v1/scorecards", CARD.replace("\"privacy\"", "\"greet\"")),
				"sections[1].criteria[1].key");
		assertField(key.postJson("/api/v1/scorecards", "{\"name\":\"x\",\"channel\":\"call\",\"sections\":[]}"),
				"sections");
		String review = json(review(card, "{\"greet\":1,\"solve\":3,\"privacy\":1}")).get("id").asString();
		assertField(key.patchJson("/api/v1/reviews/" + review, "{\"action\":\"dispute\"}"), "comment");
		assertField(key.patchJson("/api/v1/reviews/" + review, "{\"action\":\"approve\"}"), "action");
		assertField(key.patchJson("/api/v1/reviews/" + review, "{\"action\":\"resolve\",\"outcome\":\"partly\"}"),
				"action");
		key.patchJson("/api/v1/reviews/" + review, "{\"action\":\"dispute\",\"comment\":\"No\"}");
		assertField(key.patchJson("/api/v1/reviews/" + review, "{\"action\":\"resolve\",\"outcome\":\"partly\"}"),
				"scores");
		assertField(key.patchJson("/api/v1/reviews/" + review, "{\"action\":\"resolve\",\"outcome\":\"maybe\"}"),
				"outcome");
		assertField(key.patchJson("/api/v1/reviews/" + review,
				"{\"action\":\"resolve\",\"outcome\":\"partly\",\"scores\":{\"greet\":1}}"), "scores.solve");
		assertField(key.get("/api/v1/reviews?agent=someone"), "agent");
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
