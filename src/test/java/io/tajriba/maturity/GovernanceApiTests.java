package io.tajriba.maturity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.maturity.internal.GoalJob;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Principles, goals and the owners' registry through the API on a small hand-built workspace: three random reviews
 * and eight CSAT answers at the "use" stage's help desk, worked out by hand; bad input named by field; the deputy
 * taking the cases of an owner who left; another workspace seeing none of it.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceApiTests {

	static final String CARD = """
			{"name":"Calls","channel":"call","sections":[{"title":"All","criteria":[
			 {"key":"greet","text":{"en":"Greets the customer","he":"מברך את הלקוח"},"scale":"yes_no"},
			 {"key":"solve","text":{"en":"Solves the problem"},"scale":"five"}]}]}""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	AccessAdministration administration;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GoalJob job;

	Tenant tenant;
	Tenant other;
	WebClient owner;
	WebClient key;
	WebClient stranger;
	UUID analyst;
	String agent;

	@BeforeAll
	void aWorkspaceWithReviewsAndAnswersAtTheHelpDesk() {
		tenant = tenants.create("Governance");
		other = tenants.create("Governance elsewhere");
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		key = WebClient.withKey(port, tenant.apiKey());
		stranger = WebClient.signedIn(port, other.ownerEmail(), other.password());
		analyst = administration.ensureUser("lead." + UUID.randomUUID() + "@example.com", "Leila Karimi",
				TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, analyst, Role.ANALYST);
		// the "use" stage serves the help desk
		String journey = json(key.get("/api/v1/journeys")).get(0).get("id").asString();
		ObjectNode map = (ObjectNode) json(key.get("/api/v1/journeys/" + journey)).get("map");
		((ObjectNode) map.get("stages").get(5)).putArray("touchpoints").add("help desk");
		assertThat(owner.send("/api/v1/journeys/" + journey, HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(map.toString())))
			.statusCode()).isEqualTo(200);
		// eight CSAT answers there three days ago: six satisfied (5) and two not (2)
		String survey = json(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		Instant at = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			rows.append("{\"id\":\"g").append(i).append("\",\"channel\":\"phone\",\"touchpoint\":\"help desk\",")
				.append("\"submittedAt\":\"").append(at).append("\",\"answers\":{\"csat\":").append(i < 6 ? 5 : 2)
				.append(",\"repurchase\":4}}\n");
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":8");
		// three random reviews of agent W: greet 1, 0, 1 and solve 5, 3, 4 (1, 0.5, 0.75)
		String card = json(key.postJson("/api/v1/scorecards", CARD)).get("id").asString();
		agent = json(key.postJson("/api/v1/agents", "{\"key\":\"W\"}")).get("id").asString();
		int[][] answers = { { 1, 5 }, { 0, 3 }, { 1, 4 } };
		StringBuilder calls = new StringBuilder();
		for (int i = 0; i < answers.length; i++) {
			calls.append("{\"id\":\"call-").append(i).append("\",\"type\":\"call\",\"channel\":\"phone\",\"agent\":\"W\",")
				.append("\"occurredAt\":\"").append(at).append("\"}\n");
		}
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", calls.toString()).body())
			.contains("\"accepted\":3");
		for (int i = 0; i < answers.length; i++) {
			String review = json(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"call-"
					+ i + "\",\"agent\":\"" + agent + "\",\"scores\":{\"greet\":" + answers[i][0] + ",\"solve\":"
					+ answers[i][1] + "}}")).get("id").asString();
			jdbc.sql("update quality_reviews set kind = 'random' where id = :id").param("id", UUID.fromString(review))
				.update();
		}
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}

	HttpResponse<String> put(WebClient client, String path, String body) {
		return client.send(path, HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	static void field(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}

	@Test
	void aPrincipleIsMeasuredByItsCriteriaAndItsStagesCustomers() {
		var created = owner.postJson("/api/v1/principles", """
				{"statement":{"en":"We solve it the first time","he":"אנחנו פותרים את זה כבר בפעם הראשונה"},
				 "criteria":["greet","solve"],"stages":["use"]}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json(created).get("id").asString();

		JsonNode p = json(key.get("/api/v1/principles/" + id + "?language=he"));
		assertThat(p.get("text").asString()).isEqualTo("אנחנו פותרים את זה כבר בפעם הראשונה");
		// pooled 1, 0, 1, 1, 0.5, 0.75: mean 0.70833, s = 0.40052, t(0.975, 5) = 2.570582: [0.28801, 1 (clipped)]
		JsonNode qa = p.get("qa");
		assertThat(qa.get("value").asDouble()).isEqualTo(70.8);
		assertThat(qa.get("ci95").get(0).asDouble()).isEqualTo(28.8);
		assertThat(qa.get("ci95").get(1).asDouble()).isEqualTo(100.0);
		assertThat(qa.get("n").asLong()).isEqualTo(6);
		JsonNode greet = p.get("criterionScores").get(0);
		assertThat(greet.get("key").asString()).isEqualTo("greet");
		assertThat(greet.get("label").asString()).isEqualTo("מברך את הלקוח");
		assertThat(greet.get("score").get("value").asDouble()).isEqualTo(66.7);
		assertThat(greet.get("score").get("n").asLong()).isEqualTo(3);
		// six of eight satisfied at the help desk: 75% with its Wilson interval
		JsonNode use = p.get("stageFigures").get(0);
		assertThat(use.get("key").asString()).isEqualTo("use");
		ConfidenceInterval wilson = new WilsonScoreInterval().createInterval(8, 6, 0.95);
		assertThat(use.get("csat").get("value").asDouble()).isEqualTo(75.0);
		assertThat(use.get("csat").get("ci95").get(0).asDouble()).isCloseTo(wilson.getLowerBound() * 100, within(0.06));
		assertThat(use.get("csat").get("ci95").get(1).asDouble()).isCloseTo(wilson.getUpperBound() * 100, within(0.06));
		assertThat(use.get("csat").get("n").asLong()).isEqualTo(8);
		assertThat(use.get("csat").get("tooFew").asBoolean()).isTrue();
		// no NPS asked there: no value, nulls written out
		assertThat(use.get("nps").get("value").isNull()).isTrue();
		// the agent's own score beside everyone's
		JsonNode mine = json(key.get("/api/v1/principles?agent=" + agent)).valueStream()
			.filter(x -> x.get("id").asString().equals(id)).findFirst().orElseThrow();
		assertThat(mine.get("agentQa").get("value").asDouble()).isEqualTo(70.8);
		assertThat(json(key.get("/api/v1/principles")).valueStream()
			.filter(x -> x.get("id").asString().equals(id)).findFirst().orElseThrow().get("agentQa").isNull()).isTrue();

		// another workspace sees none of it and can remove nothing
		assertThat(stranger.get("/api/v1/principles/" + id).statusCode()).isEqualTo(404);
		assertThat(stranger.delete("/api/v1/principles/" + id).statusCode()).isEqualTo(404);
		assertThat(json(stranger.get("/api/v1/principles")).size()).isZero();
		assertThat(key.get("/api/v1/principles/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void aBadPrincipleIsNamedByFieldAndOnlyAdminsWriteThem() {
		field(owner.postJson("/api/v1/principles", "{\"statement\":{\"en\":\"x\"},\"criteria\":[\"greet\",\"nope\"]}"),
				"criteria[1]");
		field(owner.postJson("/api/v1/principles", "{\"statement\":{\"en\":\"x\"},\"stages\":[\"moon\"]}"), "stages[0]");
		field(owner.postJson("/api/v1/principles", "{\"statement\":{\"de\":\"x\"},\"stages\":[\"use\"]}"),
				"statement.de");
		field(owner.postJson("/api/v1/principles", "{\"statement\":{\"en\":\"x\"}}"), "criteria");
		assertThat(key.postJson("/api/v1/principles", "{\"statement\":{\"en\":\"x\"},\"stages\":[\"use\"]}")
			.statusCode()).isEqualTo(403);
		assertThat(json(key.get("/api/v1/principles")).valueStream()
			.noneMatch(p -> p.get("text").asString().equals("x"))).isTrue();
	}

	@Test
	void aGoalIsJudgedAgainstItsPathAndKeepsItsHistory() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
		// CSAT of the use stage 75 [40.9, 95.6] now, set today for 90 by in two months: on its path's start, at risk
		var created = owner.postJson("/api/v1/goals", """
				{"name":"Help desk CSAT","metric":"csat","stage":"use","target":90,"dueOn":"%s"}"""
			.formatted(today.plusMonths(2)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode goal = json(created);
		String id = goal.get("id").asString();
		assertThat(goal.get("horizon").asString()).isEqualTo("short");
		assertThat(goal.get("now").get("value").asDouble()).isEqualTo(75.0);
		assertThat(goal.get("now").get("n").asLong()).isEqualTo(8);
		assertThat(goal.get("baseline").asDouble()).isEqualTo(75.0);
		assertThat(goal.get("status").asString()).isEqualTo("at_risk");
		// filled in weekly from twelve weeks before it was set; only today's point has data
		assertThat(goal.get("history").size()).isEqualTo(13);
		assertThat(goal.get("history").valueStream().filter(h -> !h.get("value").isNull()).count()).isEqualTo(1);

		// already past a target of 40 with the interval's worse end: on track, and long-term
		String met = json(owner.postJson("/api/v1/goals", """
				{"name":"Keep CSAT above 40","metric":"csat","target":40,"setOn":"%s","dueOn":"%s"}"""
			.formatted(today.minusDays(10), today.plusMonths(14)))).get("id").asString();
		JsonNode metGoal = json(key.get("/api/v1/goals/" + met));
		assertThat(metGoal.get("horizon").asString()).isEqualTo("long");
		assertThat(metGoal.get("status").asString()).isEqualTo("on_track");
		// churn without customers: no data
		JsonNode churn = json(owner.postJson("/api/v1/goals", """
				{"name":"Churn","metric":"churn","target":5,"dueOn":"%s"}""".formatted(today.plusMonths(8))));
		assertThat(churn.get("status").asString()).isEqualTo("no_data");
		assertThat(churn.get("horizon").asString()).isEqualTo("medium");

		// the list: short first, then medium, then long
		List<String> horizons = json(key.get("/api/v1/goals")).valueStream().map(g -> g.get("horizon").asString())
			.toList();
		assertThat(horizons).containsExactly("short", "medium", "long");
		// the evidence: of the goals with data not yet due, one of two on track
		JsonNode evidence = MaturityApiTests.evidence(json(key.get("/api/v1/maturity/evidence")).get("competencies"),
				"goals_on_track");
		assertThat(evidence.get("value").asDouble()).isEqualTo(0.5);
		assertThat(evidence.get("n").asLong()).isEqualTo(2);

		// the job records tomorrow's point, once however often it runs
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
		job.run(tomorrow);
		job.run(tomorrow.plusSeconds(60));
		long points = jdbc.sql("select count(*) from cx_goal_history where goal_id = :g and day = :day")
			.param("g", UUID.fromString(id)).param("day", java.sql.Date.valueOf(LocalDate.ofInstant(tomorrow,
					ZoneId.of("Asia/Tehran"))))
			.query(Long.class).single();
		assertThat(points).isEqualTo(1);

		// a goal whose stage has left the map since has no figure, and the list still reads
		jdbc.sql("update cx_goals set stage = 'gone' where id = :g").param("g", UUID.fromString(met)).update();
		assertThat(json(key.get("/api/v1/goals/" + met)).get("now").get("value").isNull()).isTrue();
		assertThat(key.get("/api/v1/goals").statusCode()).isEqualTo(200);

		// another workspace sees none of it
		assertThat(stranger.get("/api/v1/goals/" + id).statusCode()).isEqualTo(404);
		assertThat(stranger.delete("/api/v1/goals/" + id).statusCode()).isEqualTo(404);
		assertThat(json(stranger.get("/api/v1/goals")).size()).isZero();
	}

	@Test
	void aBadGoalIsNamedByField() {
		String due = LocalDate.now().plusMonths(4).toString();
		field(owner.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"revenue\",\"target\":1,\"dueOn\":\"" + due
				+ "\"}"), "metric");
		field(owner.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"nps\",\"target\":101,\"dueOn\":\"" + due
				+ "\"}"), "target");
		field(owner.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"nps\",\"target\":10}"), "dueOn");
		field(owner.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"nps\",\"target\":10,\"dueOn\":\"soon\"}"),
				"dueOn");
		field(owner.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"nps\",\"stage\":\"moon\",\"target\":10,"
				+ "\"dueOn\":\"" + due + "\"}"), "stage");
		field(owner.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"enps\",\"stage\":\"use\",\"target\":10,"
				+ "\"dueOn\":\"" + due + "\"}"), "stage");
		field(owner.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"nps\",\"target\":10,\"setOn\":\"2020-01-01\","
				+ "\"dueOn\":\"" + due + "\"}"), "setOn");
		assertThat(key.postJson("/api/v1/goals", "{\"name\":\"x\",\"metric\":\"nps\",\"target\":10,\"dueOn\":\"" + due
				+ "\"}").statusCode()).isEqualTo(403);
	}

	@Test
	void theRegistryHasDeputiesAndListsWhatNobodyOwns() {
		JsonNode before = json(key.get("/api/v1/owners"));
		assertThat(before.get("unowned").get("stages").valueStream().map(JsonNode::asString)).contains("use",
				"awareness");
		assertThat(before.get("unowned").get("touchpoints").valueStream().map(JsonNode::asString))
			.contains("help desk");
		String theme = before.get("unowned").get("themes").get(0).asString();
		assertThat(put(owner, "/api/v1/owners", "{\"touchpoints\":{\"help desk\":\"" + tenant.ownerId() + "\"}}")
			.statusCode()).isEqualTo(200);

		var saved = put(owner, "/api/v1/owners", """
				{"stages":{"use":"%s"},"themes":{"%s":"%s"},"deputies":{"stages":{"use":"%s"}}}"""
			.formatted(tenant.ownerId(), theme, analyst, analyst));
		JsonNode after = json(saved);
		assertThat(after.get("stages").get("use").asString()).isEqualTo(tenant.ownerId().toString());
		assertThat(after.get("deputies").get("stages").get("use").asString()).isEqualTo(analyst.toString());
		assertThat(after.get("themes").get(theme).asString()).isEqualTo(analyst.toString());
		assertThat(after.get("unowned").get("stages").valueStream().map(JsonNode::asString)).doesNotContain("use")
			.contains("awareness");
		assertThat(after.get("unowned").get("themes").valueStream().map(JsonNode::asString)).doesNotContain(theme);
		// the touchpoints were left out: they stay as they were
		assertThat(after.get("touchpoints").get("help desk").asString()).isEqualTo(tenant.ownerId().toString());

		field(put(owner, "/api/v1/owners", "{\"stages\":{\"use\":\"%s\"},\"deputies\":{\"stages\":{\"use\":\"%s\"}}}"
			.formatted(analyst, analyst)), "deputies.stages.use");
		field(put(owner, "/api/v1/owners", "{\"stages\":{},\"deputies\":{\"stages\":{\"use\":\"%s\"}}}"
			.formatted(analyst)), "deputies.stages.use");
		field(put(owner, "/api/v1/owners", "{\"stages\":{\"use\":\"%s\"}}".formatted(other.ownerId())), "stages.use");
		field(put(owner, "/api/v1/owners", "{\"deputies\":{\"planets\":{}}}"), "deputies.planets");
		assertThat(put(key, "/api/v1/owners", "{\"stages\":{}}").statusCode()).isEqualTo(403);
		// none of the refused changes landed; another workspace sees its own registry only
		assertThat(json(key.get("/api/v1/owners")).get("deputies").get("stages").get("use").asString())
			.isEqualTo(analyst.toString());
		assertThat(json(stranger.get("/api/v1/owners")).get("stages").size()).isZero();
	}

	@Test
	void anOwnerWhoLeftHandsTheCasesToTheDeputy() {
		Tenant loop = tenants.create("Deputies");
		WebClient admin = WebClient.signedIn(port, loop.ownerEmail(), loop.password());
		UUID leaving = administration.ensureUser("leaving." + UUID.randomUUID() + "@example.com", "Omid",
				TestWorkspaces.PASSWORD);
		UUID deputy = administration.ensureUser("deputy." + UUID.randomUUID() + "@example.com", "Sara",
				TestWorkspaces.PASSWORD);
		tenants.addMember(loop, leaving, Role.ANALYST);
		tenants.addMember(loop, deputy, Role.ANALYST);
		assertThat(put(admin, "/api/v1/owners", "{\"touchpoints\":{\"returns\":\"%s\"},\"deputies\":{\"touchpoints\":{\"returns\":\"%s\"}}}"
			.formatted(leaving, deputy)).statusCode()).isEqualTo(200);
		jdbc.sql("delete from memberships where workspace_id = :w and user_id = :u")
			.param("w", loop.workspace().id()).param("u", leaving).update();
		assertThat(admin.postJson("/api/v1/alert-rules", """
				{"name":"Big refund","trigger":"interaction","conditions":[{"field":"type","op":"eq","value":"refund"}],
				 "assignment":{"to":"touchpoint_owner"}}""").statusCode()).isEqualTo(201);
		WebClient loopKey = WebClient.withKey(port, loop.apiKey());
		loopKey.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"r1\",\"customer\":\"kim\",\"type\":\"refund\",\"channel\":\"web\",\"touchpoint\":\"returns\","
						+ "\"value\":150,\"currency\":\"EUR\",\"occurredAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
						+ "\"}\n");
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from cases where workspace_id = :w")
			.param("w", loop.workspace().id()).query(Long.class).single() == 1);
		UUID owned = jdbc.sql("select owner_id from cases where workspace_id = :w").param("w", loop.workspace().id())
			.query(UUID.class).single();
		assertThat(owned).isEqualTo(deputy);
	}

	@Test
	void aTextGoesToTheOwnerOfItsTheme() {
		Tenant loop = tenants.create("Theme owners");
		WebClient admin = WebClient.signedIn(port, loop.ownerEmail(), loop.password());
		UUID courier = administration.ensureUser("courier." + UUID.randomUUID() + "@example.com", "Kian",
				TestWorkspaces.PASSWORD);
		tenants.addMember(loop, courier, Role.ANALYST);
		assertThat(put(admin, "/api/v1/owners", "{\"themes\":{\"delivery\":\"%s\"}}".formatted(courier))
			.statusCode()).isEqualTo(200);
		assertThat(admin.postJson("/api/v1/alert-rules", """
				{"name":"Angry","trigger":"text","conditions":[{"field":"sentiment","op":"eq","value":"negative"}],
				 "assignment":{"to":"theme_owner"}}""").statusCode()).isEqualTo(201);
		WebClient loopKey = WebClient.withKey(port, loop.apiKey());
		loopKey.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"t1\",\"customer\":\"ana\",\"type\":\"review\",\"channel\":\"web\",\"occurredAt\":\""
						+ Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"text\":\"Terrible: the courier lost my "
						+ "parcel and the shipping took weeks. I am furious and will never come back.\"}\n");
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from cases where workspace_id = :w")
			.param("w", loop.workspace().id()).query(Long.class).single() == 1);
		assertThat(jdbc.sql("select owner_id from cases where workspace_id = :w").param("w", loop.workspace().id())
			.query(UUID.class).single()).isEqualTo(courier);
	}
}
