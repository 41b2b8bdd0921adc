package io.tajriba.demo.internal;

import java.util.Map;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's closed loop (rules, teams, cases in every state) and its quality work on first start, and last, with
 * employee voice and sharing added, its CX maturity read from all of them.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoLoopTests {

	@Autowired
	DemoEmployees employees;

	@Autowired
	DemoSharing sharing;

	@Autowired
	DemoMaturity maturity;

	@Autowired
	DemoData data;

	@Autowired
	DemoTeam team;

	@Autowired
	DemoLoop loop;

	@Autowired
	DemoQuality quality;

	@Autowired
	DemoInitiatives initiatives;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	long count(String sql, UUID workspace) {
		return jdbc.sql(sql).param("w", workspace).query(Long.class).single();
	}

	Tenant tenant;
	UUID w;
	Map<String, UUID> people;

	@BeforeAll
	void demo() {
		tenant = tenants.create("Demo loop");
		w = tenant.workspace().id();
		data.load(w, 1_500, 20261123);
		people = team.ensure(w, TestWorkspaces.PASSWORD);
		loop.seed(w, people, 20261123);
		quality.seed(w, people, 20261123);
		planned = initiatives.seed(w, people);
	}

	Map<String, UUID> planned;

	@Test
	void theCheckoutRedesignIsMeasuredAsPlantedAndTheBillingMenuIsTooEarly() {
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		JsonNode effect = mapper.readTree(key.get("/api/v1/initiatives/" + planned.get(DemoInitiatives.REDESIGN)
				+ "/effect").body());
		double planted = io.tajriba.demo.domain.CheckoutRedesign.plantedEffect();
		assertThat(effect.get("verdict").asString()).as(effect.toString()).isEqualTo("improved");
		assertThat(effect.get("evidence").asString()).isEqualTo("difference_in_differences");
		assertThat(effect.at("/difference/ci95/0").asDouble()).as(effect.toString()).isPositive().isLessThan(planted);
		assertThat(effect.at("/difference/ci95/1").asDouble()).as(effect.toString()).isGreaterThan(planted);
		assertThat(effect.at("/preTrend/pValue").asDouble()).as(effect.toString()).isGreaterThan(0.01);
		assertThat(effect.at("/returns/value").asDouble()).as(effect.toString()).isPositive();
		assertThat(effect.at("/returns/assumptions")).hasSize(4);
		JsonNode redesign = mapper.readTree(key.get("/api/v1/initiatives/" + planned.get(DemoInitiatives.REDESIGN)).body());
		assertThat(redesign.get("status").asString()).isEqualTo("finished");

		JsonNode billing = mapper.readTree(key.get("/api/v1/initiatives/" + planned.get("billing")).body());
		assertThat(billing.get("status").asString()).isEqualTo("running");
		assertThat(billing.get("controlSuggested").asBoolean()).as(billing.toString()).isTrue();
		assertThat(mapper.readTree(key.get("/api/v1/initiatives/" + planned.get("billing") + "/effect").body())
			.get("verdict").asString()).isEqualTo("too_early");
		assertThat(mapper.readTree(key.get("/api/v1/initiatives/" + planned.get("shiraz")).body()).get("status")
			.asString()).isEqualTo("draft");
		// actions in every status, from pain points, drivers, a theme and a root cause; one overdue
		for (String status : new String[] { "not_started", "in_progress", "on_hold", "done", "cancelled" }) {
			assertThat(count("select count(*) from actions where workspace_id = :w and status = '" + status + "'", w))
				.as(status).isPositive();
		}
		for (String kind : new String[] { "pain_point", "driver", "theme", "root_cause" }) {
			assertThat(count("select count(*) from actions where workspace_id = :w and insight_kind = '" + kind + "'", w))
				.as(kind).isPositive();
		}
		assertThat(mapper.readTree(key.get("/api/v1/actions?overdue=true").body())).hasSize(1);
		assertThat(mapper.readTree(key.get("/api/v1/actions/summary?kind=pain_point&ref=touchpoint:checkout").body())
			.toString()).contains("\"actions\":2", "\"initiativesFinished\":1");
		// seeding again adds none
		assertThat(initiatives.seed(w, people)).isEmpty();
		assertThat(count("select count(*) from actions where workspace_id = :w", w)).isEqualTo(9);
	}

	@Test
	void theDemoLoopHasCasesInEveryState() {

		assertThat(count("select count(*) from alert_rules where workspace_id = :w", w)).isEqualTo(4);
		assertThat(count("select count(*) from action_teams where workspace_id = :w", w)).isEqualTo(2);
		for (String status : new String[] { "new", "open", "waiting", "resolved", "closed" }) {
			assertThat(count("select count(*) from cases where workspace_id = :w and status = '" + status + "'", w))
				.as(status).isPositive();
		}
		assertThat(count("select count(*) from cases where workspace_id = :w and root_cause is not null", w)).isPositive();
		assertThat(count("select count(*) from case_events where workspace_id = :w and kind = 'comment'", w)).isPositive();
		assertThat(count("select count(*) from case_escalations where workspace_id = :w", w)).isPositive();
		assertThat(count("select count(*) from case_recoveries where workspace_id = :w and score is not null", w))
			.isPositive();
		// cases go to people of the demo, each case's owner a member
		assertThat(count("""
				select count(*) from cases c where workspace_id = :w
				  and not exists (select 1 from memberships m where m.workspace_id = c.workspace_id and m.user_id = c.owner_id)""",
				w)).isZero();

		String figures = WebClient.withKey(port, tenant.apiKey()).get("/api/v1/cases/figures").body();
		assertThat(figures).contains("\"weeks\":[{", "\"withinSla\":{\"n\":", "\"recovery\":{\"n\":", "\"rootCauses\":[{");
		// an NPS of 3 to the demo's relationship survey opens a case, assigned to the care team in its turn
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = jdbc.sql("select id::text from surveys where workspace_id = :w and name = 'Relationship NPS'")
			.param("w", w).query(String.class).single();
		var answered = key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				"{\"id\":\"angry-1\",\"customer\":\"newcomer-1\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":3}}\n"
					.formatted(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		assertThat(answered.body()).contains("\"accepted\":1");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
			.until(() -> key.get("/api/v1/cases?customer=newcomer-1").body().contains("\"status\":\"new\""));
		String opened = key.get("/api/v1/cases?customer=newcomer-1").body();
		assertThat(opened).contains("\"ruleName\":\"Detractor on the relationship survey\"", "\"priority\":\"high\"",
				"\"firstResponseDue\"", "\"resolutionDue\"");
		assertThat(people.values().stream().anyMatch(id -> opened.contains("\"owner\":\"" + id + "\""))).isTrue();

		// seeding again changes nothing
		long cases = count("select count(*) from cases where workspace_id = :w", w);
		assertThat(count("select count(*) from alert_rules where workspace_id = :w", w)).isEqualTo(4);
		loop.seed(w, people, 20261123);
		assertThat(count("select count(*) from cases where workspace_id = :w", w)).isEqualTo(cases);
	}

	@Test
	void theDemoReviewsItsAgentsAndTheWorseOnesScoreLower() {
		assertThat(count("select count(*) from quality_scorecards where workspace_id = :w", w)).isEqualTo(3);
		assertThat(count("select count(*) from quality_reviews where workspace_id = :w and kind = 'random'", w))
			.isGreaterThan(200);
		assertThat(count("select count(*) from quality_reviews where workspace_id = :w and kind = 'targeted'", w))
			.isPositive();
		assertThat(count("select count(*) from quality_assignments where workspace_id = :w and review_id is null", w))
			.as("picks still waiting in the queue").isPositive();
		assertThat(count("select count(*) from quality_reviews where workspace_id = :w and status = 'disputed'", w))
			.isEqualTo(2);
		assertThat(count("select count(*) from quality_reviews where workspace_id = :w and status = 'resolved'", w))
			.isEqualTo(2);
		assertThat(count("select count(*) from quality_reviews where workspace_id = :w and status = 'acknowledged'", w))
			.isPositive();
		assertThat(count("select count(*) from quality_agents where workspace_id = :w and user_id is not null", w))
			.isEqualTo(6);

		WebClient key = WebClient.withKey(port, tenant.apiKey());
		JsonNode agents = mapper.readTree(key.get("/api/v1/agents").body()).get("agents");
		Map<String, String> ids = new java.util.HashMap<>();
		agents.forEach(a -> ids.put(a.get("agent").get("key").asString(), a.get("agent").get("id").asString()));
		String period = "from=" + java.time.LocalDate.now().minusDays(70) + "&to=" + java.time.LocalDate.now();
		JsonNode worst = mapper.readTree(key.get("/api/v1/agents/" + ids.get("Kaveh Jafari") + "/figures?" + period)
			.body()).get("iqs");
		JsonNode best = mapper.readTree(key.get("/api/v1/agents/" + ids.get("Parisa Tehrani") + "/figures?" + period)
			.body()).get("iqs");
		assertThat(worst.get("n").asInt()).isGreaterThan(10);
		assertThat(worst.get("ci95").get(1).asDouble()).as(worst + " below " + best)
			.isLessThan(best.get("ci95").get(0).asDouble());

		// one closed calibration session whose panel disagrees on empathy only
		String session = jdbc.sql("select id::text from quality_calibrations where workspace_id = :w").param("w", w)
			.query(String.class).single();
		JsonNode agreement = mapper.readTree(key.get("/api/v1/calibrations/" + session).body()).get("agreement");
		java.util.List<String> flagged = new java.util.ArrayList<>();
		agreement.get("criteria").forEach(c -> {
			if (c.get("flagged").asBoolean()) {
				flagged.add(c.get("key").asString());
			}
		});
		assertThat(flagged).as(agreement.toString()).containsExactly("empathy");

		// coaching on empathy shows in Kaveh's reviews since, beyond chance
		JsonNode sessions = mapper.readTree(key.get("/api/v1/coaching?agent=" + ids.get("Kaveh Jafari")).body());
		JsonNode coached = sessions.isArray() ? sessions.get(0) : sessions.get("items").get(0);
		JsonNode effect = mapper.readTree(key.get("/api/v1/coaching/" + coached.get("id").asString()).body())
			.get("effect");
		JsonNode empathy = effect.get("measures").valueStream()
			.filter(m -> m.get("measure").asString().equals("criterion") && m.get("key").asString().equals("empathy"))
			.findFirst().orElseThrow(() -> new AssertionError(effect.toString()));
		assertThat(empathy.get("helped").asBoolean()).as(empathy.toString()).isTrue();
		assertThat(count("select count(*) from quality_coaching_sessions where workspace_id = :w", w)).isEqualTo(3);

		// seeding again changes nothing
		long reviews = count("select count(*) from quality_reviews where workspace_id = :w", w);
		quality.seed(w, people, 20261123);
		assertThat(count("select count(*) from quality_reviews where workspace_id = :w", w)).isEqualTo(reviews);
	}

	/** Runs last: it adds employee voice, sharing and maturity to the workspace the other tests read. */
	@Test
	@Order(Integer.MAX_VALUE)
	void theDemosMaturityHasEvidenceInEveryCompetencyAndTwoAssessmentsSixMonthsApart() {
		employees.seed(w, 20261123);
		sharing.seed(w, tenant.ownerId(), people);
		maturity.seed(w, tenant.ownerId(), people);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		JsonNode now = mapper.readTree(key.get("/api/v1/maturity/evidence").body());
		assertThat(now.get("competencies")).hasSize(7);
		for (JsonNode c : now.get("competencies")) {
			assertThat(c.get("evidence").valueStream().filter(e -> !e.get("value").isNull()).count())
				.as(c.toString()).isPositive();
			assertThat(c.get("evidenceLevel").isNull()).as(c.toString()).isFalse();
		}
		JsonNode list = mapper.readTree(key.get("/api/v1/maturity/assessments").body());
		assertThat(list).hasSize(2);
		java.time.Instant newer = java.time.Instant.parse(list.get(0).get("asOf").asString());
		java.time.Instant older = java.time.Instant.parse(list.get(1).get("asOf").asString());
		assertThat(java.time.Duration.between(older, newer).toDays()).isBetween(180L, 184L);
		JsonNode latest = mapper.readTree(key.get("/api/v1/maturity/assessments/" + list.get(0).get("id").asString())
			.body());
		assertThat(latest.get("raters")).hasSize(3);
		assertThat(latest.get("previous").get("id").asString()).isEqualTo(list.get(1).get("id").asString());
		// the three raters disagree somewhere: an item two points or more apart
		assertThat(latest.get("competencies").valueStream().flatMap(c -> c.get("items").valueStream())
			.anyMatch(i -> i.get("disagreed").asBoolean())).isTrue();
		// the company has grown since: the overall evidence level now is no lower than six months ago
		assertThat(latest.get("overallLevel").asInt()).isGreaterThanOrEqualTo(list.get(1).get("overallLevel").asInt());
		// most stages and touchpoints have an owner, not all
		JsonNode owners = latest.get("competencies").valueStream().flatMap(c -> c.get("evidence").valueStream())
			.filter(e -> e.get("key").asString().equals("owners_assigned")).findFirst().orElseThrow();
		assertThat(owners.get("value").asDouble()).isGreaterThan(0.5).isLessThan(1);
		// the page explains the levels
		var page = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password()).get("/maturity");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"radar\"", "id=\"recommendations\"", "id=\"history\"",
				"Thresholds for levels 2, 3, 4, 5");
		// four principles in four languages, each measured by the scorecards' criteria with a QA score
		JsonNode principles = mapper.readTree(key.get("/api/v1/principles").body());
		assertThat(principles).hasSize(4);
		for (JsonNode p : principles) {
			assertThat(p.get("statement").propertyNames()).containsExactlyInAnyOrder("en", "fa", "ar", "he");
			assertThat(p.get("qa").get("n").asLong()).as(p.toString()).isPositive();
		}
		// goals of each horizon, each judged
		JsonNode goals = mapper.readTree(key.get("/api/v1/goals").body());
		assertThat(goals.valueStream().map(g -> g.get("horizon").asString()).distinct())
			.containsExactlyInAnyOrder("short", "medium", "long");
		goals.forEach(g -> assertThat(g.get("status").asString()).as(g.toString()).isNotEqualTo("no_data"));
		// every owned stage has a deputy; most themes have an owner
		JsonNode registry = mapper.readTree(key.get("/api/v1/owners").body());
		assertThat(registry.get("deputies").get("stages").size()).isEqualTo(registry.get("stages").size())
			.isPositive();
		assertThat(registry.get("themes").size()).isGreaterThan(registry.get("unowned").get("themes").size());
		// seeding again adds none
		maturity.seed(w, tenant.ownerId(), people);
		assertThat(mapper.readTree(key.get("/api/v1/maturity/assessments").body())).hasSize(2);
		assertThat(mapper.readTree(key.get("/api/v1/principles").body())).hasSize(4);
	}
}
