package io.tajriba.quality;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Training needs, coaching sessions and their effect through the API, on reviews and answers planted before and
 * after a session and worked out by hand: criterion scores of a yes/no greeting and a five-point solving criterion.
 */
@TajribaTest
class CoachingApiTests {

	static final String CARD = """
			{"name":"Calls","channel":"call","sections":[{"title":"All","criteria":[
			 {"key":"greet","text":{"en":"Greets the customer","he":"מברך את הלקוח"},"scale":"yes_no"},
			 {"key":"solve","text":{"en":"Solves the problem"},"scale":"five"}]}]}""";

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

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

	/** A workspace with the card, and a client of its owner and its API key. */
	record Place(Tenant tenant, WebClient key, WebClient owner, String card) {
	}

	Place place(String name) {
		Tenant tenant = tenants.create(name);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		return new Place(tenant, key, owner, json(key.postJson("/api/v1/scorecards", CARD)).get("id").asString());
	}

	String agent(Place place, String key) {
		return json(place.key().postJson("/api/v1/agents", "{\"key\":\"" + key + "\"}")).get("id").asString();
	}

	/** Reviews of interactions served at {@code at}: each {greet, solve point}. */
	List<String> reviews(Place place, String agentKey, String agentId, Instant at, int[][] answers) {
		StringBuilder rows = new StringBuilder();
		String prefix = agentKey + "-" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < answers.length; i++) {
			rows.append("{\"id\":\"").append(prefix).append(i).append("\",\"type\":\"call\",\"channel\":\"phone\",")
				.append("\"agent\":\"").append(agentKey).append("\",\"occurredAt\":\"").append(at).append("\"}\n");
		}
		assertThat(place.key().post("/api/v1/interactions", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":" + answers.length);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < answers.length; i++) {
			ids.add(json(place.key().postJson("/api/v1/reviews", "{\"scorecard\":\"" + place.card()
					+ "\",\"interaction\":\"" + prefix + i + "\",\"agent\":\"" + agentId + "\",\"scores\":{\"greet\":"
					+ answers[i][0] + ",\"solve\":" + answers[i][1] + "}}")).get("id").asString());
		}
		return ids;
	}

	static Instant noon(LocalDate day) {
		return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

	static LocalDate today() {
		return LocalDate.now(TEHRAN);
	}

	@Test
	void aWeakAgentsCriterionIsANeedAndAnInsignificantRawGapIsNot() {
		Place place = place("Needs");
		assertThat(place.owner().postJson("/api/v1/teams", "{\"name\":\"Desk\",\"agents\":[\"W\",\"A\",\"B\",\"C\"]}")
			.statusCode()).isEqualTo(201);
		String w = agent(place, "W");
		Instant at = noon(today().minusDays(10));
		// W greets 1 of 5 and solves 2, 5, 3, 4, 3 (0.25, 1, 0.5, 0.75, 0.5: mean 0.6)
		List<String> weak = reviews(place, "W", w, at, new int[][] { { 0, 2 }, { 0, 5 }, { 1, 3 }, { 0, 4 }, { 0, 3 } });
		// the rest greet 11 of 12 and solve with mean 8.25 / 12 = 0.6875
		List<String> rest = new ArrayList<>();
		rest.addAll(reviews(place, "A", agent(place, "A"), at, new int[][] { { 1, 3 }, { 1, 4 }, { 1, 5 }, { 0, 3 } }));
		rest.addAll(reviews(place, "B", agent(place, "B"), at, new int[][] { { 1, 4 }, { 1, 2 }, { 1, 5 }, { 1, 3 } }));
		rest.addAll(reviews(place, "C", agent(place, "C"), at, new int[][] { { 1, 3 }, { 1, 4 }, { 1, 4 }, { 1, 5 } }));
		JsonNode needs = json(place.key().get("/api/v1/agents/" + w + "/figures")).get("trainingNeeds");
		// greet: Welch by hand, 0.2 (variance 0.2, n 5) against 11/12 (variance 1/12, n 12)
		double se2 = 0.2 / 5 + (1.0 / 12) / 12;
		double t = (0.2 - 11.0 / 12) / Math.sqrt(se2);
		double df = se2 * se2 / (Math.pow(0.2 / 5, 2) / 4 + Math.pow((1.0 / 12) / 12, 2) / 11);
		double p = new TDistribution(df).cumulativeProbability(t);
		assertThat(p).isBetween(0.001, 0.05);
		assertThat(needs).hasSize(1);
		JsonNode greet = needs.get(0);
		assertThat(greet.get("kind").asString()).isEqualTo("criterion");
		assertThat(greet.get("key").asString()).isEqualTo("greet");
		assertThat(greet.get("pValue").asDouble()).isCloseTo(p, within(1e-9));
		assertThat(greet.get("agent").get("value").asDouble()).isEqualTo(0.2);
		assertThat(greet.get("agent").get("n").asInt()).isEqualTo(5);
		assertThat(greet.get("team").get("value").asDouble()).isCloseTo(11.0 / 12, within(1e-4));
		assertThat(greet.get("team").get("n").asInt()).isEqualTo(12);
		assertThat(greet.get("team").get("ci95")).hasSize(2);
		assertThat(greet.get("gap").asDouble()).isCloseTo(0.2 - 11.0 / 12, within(1e-4));
		assertThat(greet.get("basis").asString()).isEqualTo("all");
		// one agent of four is no group, and the catalogue has nothing yet: one-to-one coaching
		assertThat(greet.get("suggestion").get("type").asString()).isEqualTo("coaching");
		assertThat(greet.get("suggestion").get("module").isNull()).isTrue();
		// solving: a raw gap of 0.6 − 0.6875, far from significant, is no need
		assertThat(needs.toString()).doesNotContain("solve");

		String module = json(place.key().postJson("/api/v1/coaching/modules",
				"{\"title\":\"Greeting well\",\"link\":\"https://learn.example.com/greet\",\"criterion\":\"greet\"}"))
			.get("id").asString();
		JsonNode suggested = json(place.key().get("/api/v1/agents/" + w + "/figures")).get("trainingNeeds").get(0)
			.get("suggestion");
		assertThat(suggested.get("type").asString()).isEqualTo("elearning");
		assertThat(suggested.get("module").get("id").asString()).isEqualTo(module);
		assertThat(suggested.get("module").get("link").asString()).isEqualTo("https://learn.example.com/greet");

		// two random reviews of W's (greet 0, 0) and three of the rest's (1, 1, 1): the random sample decides
		random(List.of(weak.get(0), weak.get(1), rest.get(4), rest.get(5), rest.get(6)));
		JsonNode onRandom = json(place.key().get("/api/v1/agents/" + w + "/figures")).get("trainingNeeds").get(0);
		assertThat(onRandom.get("basis").asString()).isEqualTo("random");
		assertThat(onRandom.get("agent").get("n").asInt()).isEqualTo(2);
		assertThat(onRandom.get("team").get("n").asInt()).isEqualTo(3);
		assertThat(onRandom.get("agent").get("value").asDouble()).isZero();
		// and in the plan, with no session on it yet
		JsonNode plan = json(place.key().get("/api/v1/agents/" + w + "/coaching"));
		assertThat(plan.get("trainingNeeds").get(0).get("key").asString()).isEqualTo("greet");
		assertThat(plan.get("trainingNeeds").get(0).has("session")).isFalse();
		// the others have no need
		for (JsonNode a : json(place.key().get("/api/v1/agents")).get("agents")) {
			if (!a.get("agent").get("id").asString().equals(w)) {
				assertThat(json(place.key().get("/api/v1/agents/" + a.get("agent").get("id").asString() + "/figures"))
					.get("trainingNeeds")).isEmpty();
			}
		}
	}

	@Autowired
	io.tajriba.text.internal.TextQueue textQueue;

	@Test
	void aThemeCustomersComplainAboutFarMoreOftenThanForTheTeamIsANeed() {
		Place place = place("Themes");
		assertThat(place.owner().postJson("/api/v1/teams", "{\"name\":\"Mail\",\"agents\":[\"W\",\"A\",\"B\"]}")
			.statusCode()).isEqualTo(201);
		String w = agent(place, "W");
		String a = agent(place, "A");
		agent(place, "B");
		String late = "The delivery was late and the parcel arrived broken, a terrible experience";
		String kind = "Lovely service, the agent was friendly and helpful, thank you";
		String survey = json(place.key().postJson("/api/v1/surveys?template=post-purchase-csat", "{}")).get("id")
			.asString();
		place.key().postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		String at = noon(today().minusDays(3)).toString();
		// W: 8 complaints about the delivery of 10 comments; A: 1 of 10; B: none of 10
		for (int i = 0; i < 10; i++) {
			rows.append(comment("w" + i, "W", at, i < 8 ? late : kind));
			rows.append(comment("a" + i, "A", at, i < 1 ? late : kind));
			rows.append(comment("b" + i, "B", at, kind));
		}
		assertThat(place.key().post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString())
			.body()).contains("\"accepted\":30");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> {
			textQueue.drain(java.time.Duration.ofSeconds(5));
			return json(place.key().get("/api/v1/text/results?limit=100")).size() == 30;
		});
		// the quality module links each response to its agent when it hears of it, apart from the text analysis
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc
			.sql("select count(*) from quality_response_agents where workspace_id = :w")
			.param("w", place.tenant().workspace().id()).query(Long.class).single() == 30);
		JsonNode analysed = json(place.key().get("/api/v1/text/results?limit=100"));
		boolean lateIsAComplaint = false;
		java.util.Set<String> lateThemes = new java.util.TreeSet<>();
		for (JsonNode text : analysed) {
			if (text.get("text").asString().equals(late)) {
				text.get("analysis").get("themes").forEach(t -> lateThemes.add(t.asString()));
			}
			JsonNode analysis = text.get("analysis");
			boolean complaint = analysis.get("sentiment").asString().equals("negative")
					&& analysis.get("themes").toString().contains("\"delivery\"");
			assertThat(complaint).as(text.get("text").asString()).isEqualTo(text.get("text").asString().equals(late));
			lateIsAComplaint |= complaint;
		}
		assertThat(lateIsAComplaint).isTrue();
		// Fisher by hand: P(X >= 8) of 10 drawn from 30 comments holding 9 complaints
		double p = new org.apache.commons.math3.distribution.HypergeometricDistribution(null, 30, 9, 10)
			.upperCumulativeProbability(8);
		JsonNode needs = json(place.key().get("/api/v1/agents/" + w + "/figures")).get("trainingNeeds");
		// each theme of the complaint is a need, all equally sure; delivery is one of them
		java.util.Set<String> keys = new java.util.TreeSet<>();
		needs.forEach(n -> keys.add(n.get("key").asString()));
		assertThat(keys).isEqualTo(lateThemes).contains("delivery");
		JsonNode delivery = null;
		for (JsonNode need : needs) {
			delivery = need.get("key").asString().equals("delivery") ? need : delivery;
		}
		assertThat(delivery.get("kind").asString()).isEqualTo("theme");
		assertThat(delivery.get("key").asString()).isEqualTo("delivery");
		assertThat(delivery.get("basis").asString()).isEqualTo("comments");
		assertThat(delivery.get("pValue").asDouble()).isCloseTo(p, within(1e-12));
		assertThat(delivery.get("agent").get("value").asDouble()).isEqualTo(0.8);
		assertThat(delivery.get("agent").get("n").asInt()).isEqualTo(10);
		assertThat(delivery.get("team").get("value").asDouble()).isEqualTo(0.05);
		assertThat(delivery.get("team").get("n").asInt()).isEqualTo(20);
		assertThat(delivery.get("suggestion").get("type").asString()).isEqualTo("coaching");
		// A's one complaint of ten against the others' 8 of 20 is no need
		assertThat(json(place.key().get("/api/v1/agents/" + a + "/figures")).get("trainingNeeds")).isEmpty();
	}

	static String comment(String id, String agent, String at, String text) {
		return "{\"id\":\"" + id + "\",\"agent\":\"" + agent + "\",\"submittedAt\":\"" + at
				+ "\",\"answers\":{\"csat\":3,\"repurchase\":4,\"comment\":\"" + text + "\"}}\n";
	}

	void random(List<String> reviews) {
		jdbc.sql("update quality_reviews set kind = 'random' where id = any(:ids)")
			.param("ids", reviews.stream().map(UUID::fromString).toArray(UUID[]::new)).update();
	}

	@Test
	void aHeldSessionsEffectIsTheDifferenceInDifferencesAgainstAgentsOfSimilarBaseline() {
		Place place = place("Effect");
		LocalDate held = today().minusDays(20);
		Instant before = noon(held.minusDays(5));
		Instant after = noon(held.plusDays(5));
		String x = agent(place, "X");
		String p = agent(place, "P");
		String q = agent(place, "Q");
		String r = agent(place, "R");
		// solve points 2 → 0.25, 3 → 0.5, 4 → 0.75, 5 → 1; greet always yes
		reviews(place, "X", x, before, new int[][] { { 1, 2 }, { 1, 3 }, { 1, 2 } });
		reviews(place, "X", x, after, new int[][] { { 1, 4 }, { 1, 5 }, { 1, 4 } });
		reviews(place, "P", p, before, new int[][] { { 1, 2 }, { 1, 3 } });
		reviews(place, "P", p, after, new int[][] { { 1, 3 }, { 1, 3 }, { 1, 4 } });
		reviews(place, "Q", q, before, new int[][] { { 1, 3 }, { 1, 2 } });
		reviews(place, "Q", q, after, new int[][] { { 1, 3 }, { 1, 4 } });
		// R starts far above: baselines 0.333, 0.375, 0.375, 0.917 have a standard deviation of 0.278
		reviews(place, "R", r, before, new int[][] { { 1, 5 }, { 1, 5 }, { 1, 4 } });
		reviews(place, "R", r, after, new int[][] { { 1, 5 }, { 1, 5 } });
		// X's CSAT: 2, 3, 4 before (1 of 3 satisfied), 5, 4, 4, 2 after (3 of 4)
		String survey = json(place.key().postJson("/api/v1/surveys?template=post-purchase-csat", "{}")).get("id")
			.asString();
		place.key().postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder answers = new StringBuilder();
		int[] csat = { 2, 3, 4, 5, 4, 4, 2 };
		for (int i = 0; i < csat.length; i++) {
			answers.append("{\"id\":\"x-").append(i).append("\",\"agent\":\"X\",\"submittedAt\":\"")
				.append(i < 3 ? before : after).append("\",\"answers\":{\"csat\":").append(csat[i])
				.append(",\"repurchase\":4}}\n");
		}
		assertThat(place.key().post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				answers.toString()).body()).contains("\"accepted\":7");

		JsonNode session = json(place.owner().postJson("/api/v1/coaching", "{\"agent\":\"" + x + "\",\"heldOn\":\""
				+ held + "\",\"format\":\"one_to_one\",\"status\":\"held\",\"focus\":[{\"kind\":\"criterion\","
				+ "\"key\":\"solve\"}],\"actions\":[{\"text\":\"Ask what the customer tried\"}],\"followUpOn\":\""
				+ held.plusDays(30) + "\"}"));
		assertThat(session.get("coach").get("user").asString()).isEqualTo(place.tenant().ownerId().toString());
		JsonNode effect = json(place.key().get("/api/v1/coaching/" + session.get("id").asString())).get("effect");
		assertThat(effect.get("days").asInt()).isEqualTo(20);
		assertThat(effect.get("from").asString()).isEqualTo(held.minusDays(20).toString());
		double[] x0 = { 0.25, 0.5, 0.25 };
		double[] x1 = { 0.75, 1, 0.75 };
		double[] others0 = { 0.25, 0.5, 0.5, 0.25 };
		double[] others1 = { 0.5, 0.5, 0.75, 0.5, 0.75 };
		double[] solved = welch(new double[][] { x1, x0, others1, others0 }, new int[] { 1, -1, -1, 1 });
		// IQS is the review's score: the mean of greet (always 1) and solve, (1 + solve) / 2
		double[] iqs = welch(new double[][] { half(x1), half(x0), half(others1), half(others0) },
				new int[] { 1, -1, -1, 1 });
		assertThat(iqs[0]).isCloseTo(solved[0] / 2, within(1e-12));
		for (int m = 0; m < 2; m++) {
			double[] did = m == 0 ? iqs : solved;
			JsonNode measure = effect.get("measures").get(m);
			assertThat(measure.get("measure").asString()).isEqualTo(m == 0 ? "iqs" : "criterion");
			assertThat(measure.get("method").asString()).isEqualTo("difference_in_differences");
			assertThat(measure.get("comparisonAgents").asInt()).isEqualTo(2);
			assertThat(measure.get("value").asDouble()).isCloseTo(did[0], within(1e-4));
			assertThat(measure.get("ci95").get(0).asDouble()).isCloseTo(did[1], within(1e-4));
			assertThat(measure.get("ci95").get(1).asDouble()).isCloseTo(did[2], within(1e-4));
			assertThat(measure.get("n").asInt()).isEqualTo(15);
			assertThat(measure.get("helped").asBoolean()).isEqualTo(did[1] > 0);
		}
		assertThat(effect.get("measures").get(1).get("key").asString()).isEqualTo("solve");
		// CSAT: nobody else answered about, so before and after: 3/4 − 1/3
		JsonNode satisfied = effect.get("measures").get(2);
		double[] csatEffect = welch(new double[][] { { 1, 1, 1, 0 }, { 0, 0, 1 } }, new int[] { 1, -1 });
		assertThat(satisfied.get("measure").asString()).isEqualTo("csat");
		assertThat(satisfied.get("method").asString()).isEqualTo("before_after");
		assertThat(satisfied.get("value").asDouble()).isCloseTo(0.75 - 1.0 / 3, within(1e-4));
		assertThat(satisfied.get("ci95").get(0).asDouble()).isCloseTo(csatEffect[1], within(1e-4));
		assertThat(satisfied.get("comparisonAgents").asInt()).isZero();

		// Q coached in the window too: one agent of similar baseline is left, too few: before and after
		assertThat(place.owner().postJson("/api/v1/coaching", "{\"agent\":\"" + q + "\",\"heldOn\":\"" + held.plusDays(3)
				+ "\",\"format\":\"group\",\"focus\":[{\"kind\":\"criterion\",\"key\":\"solve\"}]}").statusCode())
			.isEqualTo(201);
		JsonNode alone = json(place.key().get("/api/v1/agents/" + x + "/coaching")).get("sessions").get(0)
			.get("effect").get("measures").get(0);
		double[] plain = welch(new double[][] { half(x1), half(x0) }, new int[] { 1, -1 });
		assertThat(alone.get("method").asString()).isEqualTo("before_after");
		assertThat(alone.get("comparisonAgents").asInt()).isZero();
		assertThat(alone.get("value").asDouble()).isCloseTo(0.25, within(1e-4));
		assertThat(alone.get("ci95").get(0).asDouble()).isCloseTo(plain[1], within(1e-4));
		assertThat(alone.get("ci95").get(1).asDouble()).isCloseTo(plain[2], within(1e-4));
		assertThat(alone.get("n").asInt()).isEqualTo(6);
		assertThat(alone.get("helped").asBoolean()).isTrue();
		// a planned session is not measured
		JsonNode plan = json(place.key().get("/api/v1/agents/" + q + "/coaching"));
		assertThat(plan.get("sessions").get(0).has("effect")).isFalse();
		JsonNode xPlan = json(place.key().get("/api/v1/agents/" + x + "/coaching"));
		assertThat(xPlan.get("openActions").get(0).get("text").asString()).isEqualTo("Ask what the customer tried");
		assertThat(xPlan.get("nextFollowUp").asString()).isEqualTo(held.plusDays(30).toString());
	}

	static double[] half(double[] solve) {
		return java.util.Arrays.stream(solve).map(v -> (1 + v) / 2).toArray();
	}

	/** Σ sign·mean with the Welch–Satterthwaite 95% interval: {value, low, high}, worked out apart from the code. */
	static double[] welch(double[][] groups, int[] signs) {
		double value = 0;
		double se2 = 0;
		double df = 0;
		for (int g = 0; g < groups.length; g++) {
			double[] x = groups[g];
			double mean = java.util.Arrays.stream(x).average().orElseThrow();
			double squares = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
			double v = squares / (x.length - 1) / x.length;
			value += signs[g] * mean;
			se2 += v;
			df += v * v / (x.length - 1);
		}
		double margin = new TDistribution(se2 * se2 / df).inverseCumulativeProbability(0.975) * Math.sqrt(se2);
		return new double[] { value, value - margin, value + margin };
	}

	@Test
	void theCoachedAgentSeesOnlyTheirOwnAndMayOnlyTickTheirActionsWhileALeadCoachesTheirTeam() {
		Place place = place("Visibility");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID agentUser = member(place, "agent-" + unique, Role.AGENT);
		UUID leadUser = member(place, "lead-" + unique, Role.AGENT);
		assertThat(place.owner().postJson("/api/v1/teams", "{\"name\":\"Night\",\"lead\":\"" + leadUser
				+ "\",\"agents\":[\"Yas\"]}").statusCode()).isEqualTo(201);
		String mine = json(place.key().postJson("/api/v1/agents", "{\"key\":\"Nima\",\"user\":\"" + agentUser + "\"}"))
			.get("id").asString();
		String yas = agent(place, "Yas");
		String other = agent(place, "Zara");
		String own = session(place.owner(), mine, "[{\"text\":\"Greet by name\"},{\"text\":\"Summarise the call\"}]");
		String zaras = session(place.owner(), other, "[]");
		WebClient nima = WebClient.signedIn(port, "agent-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		JsonNode list = json(nima.get("/api/v1/coaching"));
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("id").asString()).isEqualTo(own);
		assertThat(nima.get("/api/v1/coaching/" + zaras).statusCode()).isEqualTo(404);
		assertThat(nima.get("/api/v1/agents/" + other + "/coaching").statusCode()).isEqualTo(404);
		assertThat(nima.patchJson("/api/v1/coaching/" + zaras, "{\"actions\":[]}").statusCode()).isEqualTo(404);
		assertThat(json(nima.get("/api/v1/agents/" + mine + "/coaching")).get("sessions")).hasSize(1);
		// ticks an action done, and nothing else
		JsonNode ticked = json(nima.patchJson("/api/v1/coaching/" + own, "{\"actions\":[{\"done\":true},{}]}"));
		assertThat(ticked.get("actions").get(0).get("done").asBoolean()).isTrue();
		assertThat(ticked.get("actions").get(0).has("doneAt")).isTrue();
		assertThat(ticked.get("actions").get(1).get("done").asBoolean()).isFalse();
		assertThat(ticked.get("actions").get(1).get("text").asString()).isEqualTo("Summarise the call");
		assertThat(nima.patchJson("/api/v1/coaching/" + own, "{\"notes\":\"All fine\"}").statusCode()).isEqualTo(403);
		assertThat(nima.patchJson("/api/v1/coaching/" + own, "{\"status\":\"held\"}").statusCode()).isEqualTo(403);
		assertThat(nima.patchJson("/api/v1/coaching/" + own, "{\"actions\":[{\"text\":\"Nothing\",\"done\":true},{}]}")
			.statusCode()).isEqualTo(403);
		assertThat(nima.postJson("/api/v1/coaching", "{\"agent\":\"" + mine + "\",\"heldOn\":\"" + today()
				+ "\",\"format\":\"one_to_one\",\"focus\":[{\"kind\":\"criterion\",\"key\":\"greet\"}]}").statusCode())
			.isEqualTo(403);
		assertThat(json(place.key().get("/api/v1/coaching/" + own)).has("notes")).isFalse();

		// the lead of Yas's team coaches Yas, not the others, and sees Yas's sessions only
		WebClient lead = WebClient.signedIn(port, "lead-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		String yasSession = session(lead, yas, "[{\"text\":\"Listen first\"}]");
		assertThat(json(lead.get("/api/v1/coaching/" + yasSession)).get("coach").get("user").asString())
			.isEqualTo(leadUser.toString());
		assertThat(lead.postJson("/api/v1/coaching", "{\"agent\":\"" + other + "\",\"heldOn\":\"" + today()
				+ "\",\"format\":\"one_to_one\",\"focus\":[{\"kind\":\"criterion\",\"key\":\"greet\"}]}").statusCode())
			.isEqualTo(403);
		assertThat(json(lead.get("/api/v1/coaching"))).hasSize(1);
		assertThat(json(lead.patchJson("/api/v1/coaching/" + yasSession, "{\"notes\":\"Went well\"}")).get("notes")
			.asString()).isEqualTo("Went well");
		// everyone else reads all sessions, newest first; of one agent when asked
		assertThat(json(place.key().get("/api/v1/coaching"))).hasSize(3);
		assertThat(json(place.key().get("/api/v1/coaching?agent=" + other))).hasSize(1);
	}

	@Test
	void anotherWorkspacesIdsAreNotFoundAndNothingChanges() {
		Place place = place("Owned");
		String agent = agent(place, "Sara");
		String session = session(place.owner(), agent, "[{\"text\":\"Greet by name\"}]");
		String module = json(place.key().postJson("/api/v1/coaching/modules",
				"{\"title\":\"Greeting\",\"link\":\"https://learn.example.com/g\",\"criterion\":\"greet\"}")).get("id")
			.asString();
		Place attacker = place("Attacker");
		WebClient other = attacker.owner();
		assertThat(other.get("/api/v1/coaching/" + session).statusCode()).isEqualTo(404);
		assertThat(other.patchJson("/api/v1/coaching/" + session, "{\"notes\":\"Taken\"}").statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/agents/" + agent + "/coaching").statusCode()).isEqualTo(404);
		assertThat(other.get("/agents/" + agent + "/coaching").statusCode()).isEqualTo(404);
		assertThat(other.send("/api/v1/coaching/modules/" + module, java.net.http.HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
					"{\"title\":\"Taken\",\"link\":\"https://x.example.com\",\"criterion\":\"greet\"}"))).statusCode())
			.isEqualTo(404);
		assertThat(other.delete("/api/v1/coaching/modules/" + module).statusCode()).isEqualTo(404);
		assertField(other.postJson("/api/v1/coaching", "{\"agent\":\"" + agent + "\",\"heldOn\":\"" + today()
				+ "\",\"format\":\"one_to_one\",\"focus\":[{\"kind\":\"criterion\",\"key\":\"greet\"}]}"), "agent");
		assertField(other.postJson("/api/v1/coaching", "{\"agent\":\"" + agent(attacker, "Own") + "\",\"heldOn\":\""
				+ today() + "\",\"format\":\"elearning\",\"module\":\"" + module + "\",\"focus\":[{\"kind\":"
				+ "\"criterion\",\"key\":\"greet\"}]}"), "module");
		assertThat(json(other.get("/api/v1/coaching"))).isEmpty();
		assertThat(json(place.key().get("/api/v1/coaching/" + session)).has("notes")).isFalse();
		assertThat(json(place.key().get("/api/v1/coaching/modules")).get(0).get("title").asString()).isEqualTo("Greeting");
	}

	@Test
	void badInputIsNamedAndNeverAServerError() {
		Place place = place("Input");
		String agent = agent(place, "Sara");
		String base = "{\"agent\":\"" + agent + "\",\"heldOn\":\"" + today() + "\",\"format\":\"one_to_one\",";
		String focus = "\"focus\":[{\"kind\":\"criterion\",\"key\":\"greet\"}]";
		assertField(place.owner().postJson("/api/v1/coaching", base + focus
				+ ",\"actions\":[{\"text\":\"Fine\"},{\"text\":\"  \"}]}"), "actions[1].text");
		assertField(place.owner().postJson("/api/v1/coaching", base + focus + ",\"actions\":[{\"text\":7}]}"),
				"actions[0].text");
		assertField(place.owner().postJson("/api/v1/coaching", base + focus + ",\"actions\":[{\"text\":\"x\","
				+ "\"done\":\"yes\"}]}"), "actions[0].done");
		assertField(place.owner().postJson("/api/v1/coaching", base + "\"focus\":[{\"kind\":\"criterion\","
				+ "\"key\":\"smile\"}]}"), "focus[0]");
		assertField(place.owner().postJson("/api/v1/coaching", base + "\"focus\":[\"greet\"]}"), "focus[0]");
		assertField(place.owner().postJson("/api/v1/coaching", base + "\"focus\":[]}"), "focus");
		assertField(place.owner().postJson("/api/v1/coaching", "{\"agent\":\"" + agent + "\",\"heldOn\":\"someday\","
				+ "\"format\":\"one_to_one\"," + focus + "}"), "heldOn");
		assertField(place.owner().postJson("/api/v1/coaching", "{\"agent\":\"" + agent + "\",\"format\":\"one_to_one\","
				+ focus + "}"), "heldOn");
		assertField(place.owner().postJson("/api/v1/coaching", "{\"agent\":\"" + agent + "\",\"heldOn\":\""
				+ today().plusDays(3) + "\",\"status\":\"held\",\"format\":\"one_to_one\"," + focus + "}"), "heldOn");
		assertField(place.owner().postJson("/api/v1/coaching", base.replace("one_to_one", "webinar") + focus + "}"),
				"format");
		assertField(place.owner().postJson("/api/v1/coaching", base.replace("one_to_one", "elearning") + focus + "}"),
				"module");
		assertField(place.owner().postJson("/api/v1/coaching", base + focus + ",\"followUpOn\":\""
				+ today().minusDays(1) + "\"}"), "followUpOn");
		assertField(place.owner().postJson("/api/v1/coaching", base + focus + ",\"agent\":\"nobody\"}"), "agent");
		assertField(place.key().postJson("/api/v1/coaching", base + focus + "}"), "coach");
		assertField(place.owner().postJson("/api/v1/coaching", base + focus + ",\"notes\":\"a\\u0000b\"}"), "notes");
		String session = session(place.owner(), agent, "[{\"text\":\"Greet\"}]");
		assertField(place.owner().patchJson("/api/v1/coaching/" + session, "{\"status\":\"completed\"}"), "heldOn");
		assertThat(json(place.owner().patchJson("/api/v1/coaching/" + session, "{\"heldOn\":\"" + today()
				+ "\",\"status\":\"held\"}")).get("status").asString()).isEqualTo("held");
		assertField(place.owner().patchJson("/api/v1/coaching/" + session, "{\"status\":\"planned\"}"), "status");
		assertField(place.owner().patchJson("/api/v1/coaching/" + session, "{\"actions\":[{},{}]}"), "actions[1].text");
		assertField(place.owner().patchJson("/api/v1/coaching/" + session, "{\"moduleCompleted\":true}"),
				"moduleCompleted");
		assertField(place.owner().get("/api/v1/coaching/" + session + "?window=3"), "window");
		assertField(place.owner().get("/api/v1/coaching?agent=someone"), "agent");
		assertField(place.key().postJson("/api/v1/coaching/modules", "{\"title\":\"x\",\"link\":\"http://plain.example.com\","
				+ "\"criterion\":\"greet\"}"), "link");
		assertField(place.key().postJson("/api/v1/coaching/modules", "{\"title\":\"x\",\"link\":\"https://a.example.com\","
				+ "\"criterion\":\"smile\"}"), "criterion");
		assertField(place.key().postJson("/api/v1/coaching/modules", "{\"title\":\"x\",\"link\":\"https://a.example.com\","
				+ "\"theme\":\"no such theme\"}"), "theme");
		assertField(place.key().postJson("/api/v1/coaching/modules", "{\"title\":\"\",\"link\":\"https://a.example.com\","
				+ "\"criterion\":\"greet\"}"), "title");
	}

	@Test
	void anELearningSessionIsCompletedByTheAgentAndTheCatalogueIsKept() {
		Place place = place("Catalogue");
		String module = json(place.key().postJson("/api/v1/coaching/modules",
				"{\"title\":\"Greeting\",\"link\":\"https://learn.example.com/g\",\"criterion\":\"greet\"}")).get("id")
			.asString();
		JsonNode changed = json(place.key().send("/api/v1/coaching/modules/" + module, java.net.http.HttpRequest
			.newBuilder().header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"title\":\"Greeting by name\",\"link\":\"https://learn.example.com/g2\",\"criterion\":\"solve\"}"))));
		assertThat(changed.get("criterion").asString()).isEqualTo("solve");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		UUID user = member(place, "learner-" + unique, Role.AGENT);
		String agent = json(place.key().postJson("/api/v1/agents", "{\"key\":\"Lina\",\"user\":\"" + user + "\"}"))
			.get("id").asString();
		JsonNode session = json(place.owner().postJson("/api/v1/coaching", "{\"agent\":\"" + agent + "\",\"heldOn\":\""
				+ today() + "\",\"format\":\"elearning\",\"module\":\"" + module + "\",\"focus\":[{\"kind\":\"criterion\","
				+ "\"key\":\"solve\"}]}"));
		assertThat(session.get("module").get("title").asString()).isEqualTo("Greeting by name");
		assertThat(session.get("moduleCompleted").asBoolean()).isFalse();
		WebClient lina = WebClient.signedIn(port, "learner-" + unique + "@example.com", TestWorkspaces.PASSWORD);
		JsonNode done = json(lina.patchJson("/api/v1/coaching/" + session.get("id").asString(),
				"{\"moduleCompleted\":true}"));
		assertThat(done.get("moduleCompleted").asBoolean()).isTrue();
		assertThat(lina.postJson("/api/v1/coaching/modules", "{\"title\":\"Mine\",\"link\":\"https://a.example.com\","
				+ "\"criterion\":\"greet\"}").statusCode()).isEqualTo(403);
		assertThat(place.key().delete("/api/v1/coaching/modules/" + module).statusCode()).isEqualTo(204);
		JsonNode kept = json(place.key().get("/api/v1/coaching/" + session.get("id").asString()));
		assertThat(kept.has("module")).isFalse();
		assertThat(kept.get("moduleCompleted").asBoolean()).isTrue();
		assertThat(json(place.key().get("/api/v1/coaching/modules"))).isEmpty();
	}

	String session(WebClient client, String agent, String actions) {
		HttpResponse<String> created = client.postJson("/api/v1/coaching", "{\"agent\":\"" + agent + "\",\"heldOn\":\""
				+ today().plusDays(2) + "\",\"format\":\"one_to_one\",\"focus\":[{\"kind\":\"criterion\",\"key\":"
				+ "\"greet\"}],\"actions\":" + actions + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asString();
	}

	UUID member(Place place, String name, Role role) {
		UUID user = administration.ensureUser(name + "@example.com", name, TestWorkspaces.PASSWORD);
		tenants.addMember(place.tenant(), user, role);
		return user;
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
