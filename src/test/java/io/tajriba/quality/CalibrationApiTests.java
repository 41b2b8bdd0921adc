package io.tajriba.quality;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * Calibration sessions through the API, on the card of {@link ReviewApiTests}: greet (yes/no, weight 1), solve
 * (five points, weight 3, N/A allowed), privacy (yes/no, weight 1, critical). Two analysts, Ana and Bahar, score
 * two calls blind; the agreement is worked out by hand.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationApiTests {

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
	WebClient owner;
	String card;
	String sara;
	Member ana;
	Member bahar;
	Member cyrus;
	Member viewer;
	Member agent;

	record Member(UUID id, WebClient client) {
	}

	@BeforeAll
	void aWorkspaceWithThreeAnalystsTwoCallsAndACard() {
		tenant = tenants.create("Calibration");
		key = WebClient.withKey(port, tenant.apiKey());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		ana = member("Ana", Role.ANALYST);
		bahar = member("Bahar", Role.ANALYST);
		cyrus = member("Cyrus", Role.ANALYST);
		viewer = member("Vida", Role.VIEWER);
		agent = member("Arash", Role.AGENT);
		sara = json(key.postJson("/api/v1/agents", "{\"key\":\"Sara\"}")).get("id").asString();
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"call-1","type":"call","channel":"phone","agent":"Sara","occurredAt":"2026-10-03T08:00:00Z","text":"Hello, my parcel is late"}
				{"id":"call-2","type":"call","channel":"phone","agent":"Sara","occurredAt":"2026-10-04T08:00:00Z","text":"سلام، بسته‌ام نرسیده"}
				{"id":"chat-3","type":"chat","channel":"web","occurredAt":"2026-10-05T08:00:00Z","text":"Hi"}
				""").body()).contains("\"accepted\":3");
		HttpResponse<String> created = key.postJson("/api/v1/scorecards", ReviewApiTests.CARD);
		card = json(created).get("id").asString();
	}

	Member member(String name, Role role) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		UUID user = administration.ensureUser(email, name, TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, user, role);
		return new Member(user, WebClient.signedIn(port, email, TestWorkspaces.PASSWORD));
	}

	String session(String interactions, Member... reviewers) {
		List<String> ids = new ArrayList<>();
		for (Member m : reviewers) {
			ids.add("\"" + m.id() + "\"");
		}
		HttpResponse<String> created = key.postJson("/api/v1/calibrations", "{\"name\":\"Calls of October\",\"scorecard\":\""
				+ card + "\",\"interactions\":" + interactions + ",\"reviewers\":[" + String.join(",", ids) + "]}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asString();
	}

	HttpResponse<String> score(Member who, String session, String interaction, String answers) {
		return who.client().postJson("/api/v1/calibrations/" + session + "/scores", "{\"interaction\":\"" + interaction
				+ "\",\"answers\":" + answers + ",\"comments\":{\"solve\":\"Found the parcel\"}}");
	}

	@Test
	void aSessionIsStartedWithItsInteractionsInOrderAndListedWithItsProgress() {
		String id = session("[\"call-2\",\"call-1\"]", ana, bahar);
		JsonNode read = json(ana.client().get("/api/v1/calibrations/" + id));
		assertThat(read.get("status").asString()).isEqualTo("open");
		assertThat(read.get("scorecardVersion").asInt()).isEqualTo(1);
		assertThat(read.get("items").get(0).get("interaction").asString()).isEqualTo("call-2");
		assertThat(read.get("items").get(1).get("interaction").asString()).isEqualTo("call-1");
		assertThat(read.get("items").get(0).get("agent").asString()).isEqualTo(sara);
		assertThat(read.get("reviewers").get(1).get("name").asString()).isEqualTo("Bahar");
		assertThat(read.get("progress").get("expected").asInt()).isEqualTo(4);
		assertThat(read.get("agreement").isNull()).isTrue();
		assertThat(score(ana, id, "call-1", "{\"greet\":1,\"solve\":4,\"privacy\":1}").statusCode()).isEqualTo(201);
		JsonNode listed = json(ana.client().get("/api/v1/calibrations")).valueStream()
			.filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow();
		assertThat(listed.get("progress").get("submitted").asInt()).isEqualTo(1);
		assertThat(listed.get("progress").get("expected").asInt()).isEqualTo(4);
		assertThat(listed.get("mine").get("submitted").asInt()).isEqualTo(1);
		assertThat(listed.get("mine").get("expected").asInt()).isEqualTo(2);
		assertThat(listed.get("scorecardName").asString()).isEqualTo("Calls");
		assertThat(json(cyrus.client().get("/api/v1/calibrations")).valueStream()
			.filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow().has("mine")).isFalse();
	}

	@Test
	void theOthersScoresShowOnlyAfterOnesOwnAndTheAgreementAfterAllOfThem() {
		String id = session("[\"call-1\",\"call-2\"]", ana, bahar);
		assertThat(score(bahar, id, "call-1", "{\"greet\":1,\"solve\":4,\"privacy\":1}").statusCode()).isEqualTo(201);
		JsonNode blind = json(ana.client().get("/api/v1/calibrations/" + id)).get("items").get(0);
		assertThat(blind.get("othersShown").asBoolean()).isFalse();
		assertThat(blind.get("othersSubmitted").asInt()).isEqualTo(1);
		assertThat(blind.get("others")).isEmpty();
		assertThat(blind.toString()).doesNotContain("Found the parcel");
		assertThat(score(ana, id, "call-1", "{\"greet\":1,\"solve\":5,\"privacy\":1}").statusCode()).isEqualTo(201);
		JsonNode seen = json(ana.client().get("/api/v1/calibrations/" + id));
		JsonNode first = seen.get("items").get(0);
		assertThat(first.get("othersShown").asBoolean()).isTrue();
		assertThat(first.get("mine").get("answers").get("solve").asInt()).isEqualTo(5);
		assertThat(first.get("others").get(0).get("reviewerName").asString()).isEqualTo("Bahar");
		assertThat(first.get("others").get(0).get("answers").get("solve").asInt()).isEqualTo(4);
		// still blind on the second call, and no agreement until every call is scored
		assertThat(seen.get("items").get(1).get("othersShown").asBoolean()).isFalse();
		assertThat(seen.get("agreement").isNull()).isTrue();
		// owners and admins see the agreement at any time, but not the scores while the session runs
		JsonNode byOwner = json(owner.get("/api/v1/calibrations/" + id));
		assertThat(byOwner.get("agreementShownAs").asString()).isEqualTo("administrator");
		assertThat(byOwner.get("agreement").get("criteria")).hasSize(3);
		assertThat(byOwner.get("items").get(0).get("othersShown").asBoolean()).isFalse();
		assertThat(json(viewer.client().get("/api/v1/calibrations/" + id)).get("agreement").isNull()).isTrue();
		assertThat(score(ana, id, "call-2", "{\"greet\":0,\"solve\":2,\"privacy\":1}").statusCode()).isEqualTo(201);
		JsonNode done = json(ana.client().get("/api/v1/calibrations/" + id));
		assertThat(done.get("agreementShownAs").asString()).isEqualTo("submitted");
		assertThat(done.get("agreement").isObject()).isTrue();
		assertThat(done.get("reviewers").get(0).get("done").asBoolean()).isTrue();
	}

	@Test
	void theAgreementIsAsWorkedOutByHand() {
		String id = session("[\"call-1\",\"call-2\"]", ana, bahar);
		score(ana, id, "call-1", "{\"greet\":1,\"solve\":5,\"privacy\":1}");
		score(ana, id, "call-2", "{\"greet\":0,\"solve\":2,\"privacy\":1}");
		score(bahar, id, "call-1", "{\"greet\":1,\"solve\":4,\"privacy\":1}");
		score(bahar, id, "call-2", "{\"greet\":1,\"solve\":2,\"privacy\":1}");
		JsonNode agreement = json(bahar.client().get("/api/v1/calibrations/" + id)).get("agreement");
		JsonNode greet = agreement.get("criteria").get(0);
		// greet 1,1 | 0,1: alpha 0 (CalibrationAgreementTests), flagged for rewording
		assertThat(greet.get("key").asString()).isEqualTo("greet");
		assertThat(greet.get("alpha").asDouble()).isCloseTo(0, within(1e-9));
		assertThat(greet.get("n").asInt()).isEqualTo(4);
		assertThat(greet.get("flagged").asBoolean()).isTrue();
		// solve 5,4 | 2,2: 5/6, not flagged; privacy always yes: no variation
		assertThat(agreement.get("criteria").get(1).get("alpha").asDouble()).isCloseTo(5.0 / 6, within(1e-9));
		assertThat(agreement.get("criteria").get(1).get("flagged").asBoolean()).isFalse();
		JsonNode privacy = agreement.get("criteria").get(2);
		assertThat(privacy.get("alpha").isNull()).isTrue();
		assertThat(privacy.get("reason").asString()).isEqualTo("no_variation");
		assertThat(privacy.get("flagged").asBoolean()).isFalse();
		// overall, interval on twelve normalised values: sum of values 9.25, of squares 8.6875; all pairs
		// 2 * 12 * 8.6875 - 2 * 9.25^2 = 37.375; within units 2.125: alpha = 1 - 11 * 2.125 / 37.375
		assertThat(agreement.get("alpha").asDouble()).isCloseTo(1 - 11 * 2.125 / 37.375, within(1e-9));
		assertThat(agreement.get("n").asInt()).isEqualTo(12);
		// review scores (1, .85) and (.35, .55): within 2 * .0225 + 2 * .04 = .125; all pairs
		// 2 * 4 * 2.1475 - 2 * 2.75^2 = 2.055: alpha = 1 - 3 * .125 / 2.055
		assertThat(agreement.get("scoreAlpha").asDouble()).isCloseTo(1 - 3 * 0.125 / 2.055, within(1e-9));
		// each one's gaps from the other: 0, 1, .25, 0, 0, 0 over 6
		JsonNode deviation = agreement.get("reviewers").get(0);
		assertThat(deviation.get("reviewer").asString()).isEqualTo(ana.id().toString());
		assertThat(deviation.get("deviation").asDouble()).isCloseTo(1.25 / 6, within(1e-9));
		assertThat(deviation.get("n").asInt()).isEqualTo(6);
		assertThat(deviation.get("ci95").get(0).asDouble()).isLessThanOrEqualTo(1.25 / 6);
		assertThat(deviation.get("ci95").get(1).asDouble()).isGreaterThan(1.25 / 6);
	}

	@Test
	void aBlindScoreIsGivenOnceAndOnlyByTheSessionsReviewers() {
		String id = session("[\"call-1\"]", ana, bahar);
		assertThat(score(ana, id, "call-1", "{\"greet\":1,\"solve\":null,\"privacy\":1}").statusCode()).isEqualTo(201);
		HttpResponse<String> again = score(ana, id, "call-1", "{\"greet\":0,\"solve\":1,\"privacy\":0}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode mine = json(ana.client().get("/api/v1/calibrations/" + id)).get("items").get(0).get("mine");
		assertThat(mine.get("answers").get("greet").asInt()).isEqualTo(1);
		assertThat(mine.get("answers").has("solve")).isTrue();
		assertThat(mine.get("answers").get("solve").isNull()).isTrue();
		assertThat(mine.get("score").asDouble()).isEqualTo(1.0);
		assertThat(score(cyrus, id, "call-1", "{\"greet\":1,\"solve\":3,\"privacy\":1}").statusCode()).isEqualTo(403);
		assertThat(score(viewer, id, "call-1", "{\"greet\":1,\"solve\":3,\"privacy\":1}").statusCode()).isEqualTo(403);
		assertThat(key.postJson("/api/v1/calibrations/" + id + "/scores", "{\"interaction\":\"call-1\",\"answers\":{}}")
			.statusCode()).isEqualTo(403);
		assertThat(viewer.client().postJson("/api/v1/calibrations", "{}").statusCode()).isEqualTo(403);
		assertThat(viewer.client().patchJson("/api/v1/calibrations/" + id, "{\"status\":\"closed\"}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aClosedSessionTakesNoScoresAndShowsEverythingToEveryone() {
		String id = session("[\"call-1\",\"call-2\"]", ana, bahar);
		score(ana, id, "call-1", "{\"greet\":1,\"solve\":5,\"privacy\":1}");
		score(bahar, id, "call-1", "{\"greet\":0,\"solve\":3,\"privacy\":1}");
		JsonNode closed = json(cyrus.client().patchJson("/api/v1/calibrations/" + id, "{\"status\":\"closed\"}"));
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("closedAt").isString()).isTrue();
		assertThat(score(bahar, id, "call-2", "{\"greet\":1,\"solve\":3,\"privacy\":1}").statusCode()).isEqualTo(409);
		JsonNode seen = json(viewer.client().get("/api/v1/calibrations/" + id));
		assertThat(seen.get("agreementShownAs").asString()).isEqualTo("closed");
		assertThat(seen.get("items").get(0).get("othersShown").asBoolean()).isTrue();
		assertThat(seen.get("items").get(0).get("others")).hasSize(2);
		assertThat(seen.get("agreement").get("criteria").get(0).get("n").asInt()).isEqualTo(2);
		assertField(key.patchJson("/api/v1/calibrations/" + id, "{\"status\":\"open\"}"), "status");
		assertThat(json(key.patchJson("/api/v1/calibrations/" + id, "{\"status\":\"closed\"}")).get("status")
			.asString()).isEqualTo("closed");
	}

	@Test
	void calibrationScoresAreNotReviewsAndLeaveTheAgentsFiguresAlone() {
		String reviews = key.get("/api/v1/reviews").body();
		String saras = key.get("/api/v1/reviews?agent=" + sara).body();
		String figures = key.get("/api/v1/agents/" + sara + "/figures").body();
		String id = session("[\"call-1\",\"call-2\"]", ana, bahar);
		score(ana, id, "call-1", "{\"greet\":0,\"solve\":1,\"privacy\":0}");
		score(bahar, id, "call-1", "{\"greet\":0,\"solve\":1,\"privacy\":0}");
		score(ana, id, "call-2", "{\"greet\":0,\"solve\":1,\"privacy\":0}");
		assertThat(json(ana.client().get("/api/v1/calibrations/" + id)).get("progress").get("submitted").asInt())
			.isEqualTo(3);
		assertThat(key.get("/api/v1/reviews").body()).isEqualTo(reviews);
		assertThat(key.get("/api/v1/reviews?agent=" + sara).body()).isEqualTo(saras);
		assertThat(key.get("/api/v1/agents/" + sara + "/figures").body()).isEqualTo(figures);
	}

	@Test
	void thePagesFormsScoreNameABadAnswerAndClose() {
		String id = session("[\"call-1\",\"call-2\"]", ana, bahar);
		HttpResponse<String> bad = ana.client().form("/quality/calibrations/" + id + "/scores",
				java.util.Map.of("interaction", "call-1", "answer.greet", "yes", "answer.privacy", "1"));
		assertThat(bad.statusCode()).isEqualTo(302);
		assertThat(json(ana.client().get("/api/v1/calibrations/" + id)).get("items").get(0).has("mine")).isFalse();
		HttpResponse<String> scored = ana.client().form("/quality/calibrations/" + id + "/scores", java.util.Map.of(
				"interaction", "call-1", "answer.greet", "1", "answer.solve", "na", "answer.privacy", "1",
				"comment.greet", "Used the customer's name"));
		assertThat(scored.statusCode()).isEqualTo(302);
		JsonNode mine = json(ana.client().get("/api/v1/calibrations/" + id)).get("items").get(0).get("mine");
		assertThat(mine.get("answers").get("solve").isNull()).isTrue();
		assertThat(mine.get("comments").get("greet").asString()).isEqualTo("Used the customer's name");
		String page = ana.client().get("/quality/calibrations/" + id).body();
		assertThat(page).contains("Calls of October", "Your scores are submitted and locked", "Used the customer");
		assertThat(ana.client().get("/quality/calibrations").body()).contains("Calls of October");
		assertThat(cyrus.client().form("/quality/calibrations/" + id + "/close", java.util.Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(json(key.get("/api/v1/calibrations/" + id)).get("status").asString()).isEqualTo("closed");
		assertThat(viewer.client().get("/quality/calibrations/" + id).body()).contains("Used the customer");
	}

	@Test
	void membersWithTheAgentRoleSeeNoSessions() {
		String id = session("[\"call-1\"]", ana, bahar);
		assertThat(json(agent.client().get("/api/v1/calibrations"))).isEmpty();
		assertThat(agent.client().get("/api/v1/calibrations/" + id).statusCode()).isEqualTo(404);
		assertThat(agent.client().get("/quality/calibrations/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void badFieldsAreNamed() {
		String reviewers = "[\"" + ana.id() + "\",\"" + bahar.id() + "\"]";
		assertField(start("\"call-1\",\"call-2\",\"no-such\"", reviewers), "interactions[2]");
		assertField(start("\"call-1\",\"call-1\"", reviewers), "interactions[1]");
		assertField(start("\"call-1\",7", reviewers), "interactions[1]");
		assertField(start("", reviewers), "interactions");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			many.add("\"call-" + i + "\"");
		}
		assertField(start(String.join(",", many), reviewers), "interactions");
		assertField(start("\"call-1\"", "[\"" + viewer.id() + "\",\"" + ana.id() + "\"]"), "reviewers[0]");
		assertField(start("\"call-1\"", "[\"" + agent.id() + "\",\"" + ana.id() + "\"]"), "reviewers[0]");
		assertField(start("\"call-1\"", "[\"" + ana.id() + "\",\"" + UUID.randomUUID() + "\"]"), "reviewers[1]");
		assertField(start("\"call-1\"", "[\"" + ana.id() + "\",\"" + ana.id() + "\"]"), "reviewers[1]");
		assertField(start("\"call-1\"", "[\"" + ana.id() + "\"]"), "reviewers");
		assertField(start("\"call-1\"", "[\"nope\",\"" + ana.id() + "\"]"), "reviewers[0]");
		assertField(key.postJson("/api/v1/calibrations", "{\"name\":\"x\",\"scorecard\":\"" + UUID.randomUUID()
				+ "\",\"interactions\":[\"call-1\"],\"reviewers\":" + reviewers + "}"), "scorecard");
		assertField(key.postJson("/api/v1/calibrations", "{\"scorecard\":\"" + card + "\",\"interactions\":[\"call-1\"],"
				+ "\"reviewers\":" + reviewers + "}"), "name");
		String id = session("[\"call-1\"]", ana, bahar);
		assertField(score(ana, id, "call-1", "{\"solve\":3,\"privacy\":1}"), "answers.greet");
		assertField(score(ana, id, "call-1", "{\"greet\":1,\"solve\":9,\"privacy\":1}"), "answers.solve");
		assertField(score(ana, id, "call-1", "{\"greet\":null,\"solve\":3,\"privacy\":1}"), "answers.greet");
		assertField(score(ana, id, "call-1", "{\"greet\":\"yes\",\"solve\":3,\"privacy\":1}"), "answers.greet");
		assertField(score(ana, id, "call-1", "{\"greet\":1,\"solve\":3,\"privacy\":1,\"smile\":1}"), "answers.smile");
		assertField(score(ana, id, "call-2", "{\"greet\":1,\"solve\":3,\"privacy\":1}"), "interaction");
		assertField(ana.client().postJson("/api/v1/calibrations/" + id + "/scores", "{\"interaction\":\"call-1\","
				+ "\"answers\":{\"greet\":1,\"solve\":3,\"privacy\":1},\"comments\":{\"smile\":\"x\"}}"), "comments.smile");
		assertField(ana.client().postJson("/api/v1/calibrations/" + id + "/scores", "{\"interaction\":\"call-1\"}"),
				"answers");
		// none of the refused scores was kept
		assertThat(json(ana.client().get("/api/v1/calibrations/" + id)).get("items").get(0).has("mine")).isFalse();
	}

	@Test
	void anotherWorkspacesSessionIsNotFound() {
		String id = session("[\"call-1\"]", ana, bahar);
		WebClient other = WebClient.withKey(port, tenants.create("Other calibration").apiKey());
		assertThat(other.get("/api/v1/calibrations/" + id).statusCode()).isEqualTo(404);
		assertThat(other.patchJson("/api/v1/calibrations/" + id, "{\"status\":\"closed\"}").statusCode()).isEqualTo(404);
		assertThat(json(other.get("/api/v1/calibrations")).toString()).doesNotContain(id);
		// another workspace's scorecard in a body is a bad field
		assertField(other.postJson("/api/v1/calibrations", "{\"name\":\"x\",\"scorecard\":\"" + card
				+ "\",\"interactions\":[\"call-1\"],\"reviewers\":[]}"), "scorecard");
		assertThat(json(key.get("/api/v1/calibrations/" + id)).get("status").asString()).isEqualTo("open");
	}

	HttpResponse<String> start(String interactions, String reviewers) {
		return key.postJson("/api/v1/calibrations", "{\"name\":\"Bad\",\"scorecard\":\"" + card + "\",\"interactions\":["
				+ interactions + "],\"reviewers\":" + reviewers + "}");
	}

	void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(json(response.body()).get("field").asString()).isEqualTo(field);
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}

	JsonNode json(String body) {
		return mapper.readTree(body);
	}
}
