package io.tajriba.quality;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static io.tajriba.quality.SampleWeeks.at;
import static io.tajriba.quality.SampleWeeks.interaction;
import static io.tajriba.quality.SampleWeeks.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The quality score in the agents' figures, on a week sampled four per agent: Sara's four random reviews score 0.85,
 * 0.55, 1.0 and 0.7, so her IQS is 77.5 with the t interval 77.5 ± 3.1824 · √375 / 2 = [46.69, 108.31], clipped to
 * 100; Omid's one random review scores 0.4, an IQS of 40 without an interval. Sara's targeted and hand-made reviews
 * are kept out of it.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityScoreTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	WebClient owner;
	LocalDate week;
	String sara;
	String omid;
	String card;
	String period;
	List<String> targeted = new ArrayList<>();

	@BeforeAll
	void aSampledWeekWithRandomReviews() {
		tenant = tenants.create("Quality score");
		key = WebClient.withKey(port, tenant.apiKey());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		week = SampleWeeks.week();
		period = "from=" + week + "&to=" + week.plusDays(6);
		sara = json(key.postJson("/api/v1/agents", "{\"key\":\"Sara\"}")).get("id").asString();
		omid = json(key.postJson("/api/v1/agents", "{\"key\":\"Omid\"}")).get("id").asString();
		assertThat(owner.send("/api/v1/quality/settings", SamplingApiTests.put("{\"samplePerAgent\":4}")).statusCode())
			.isEqualTo(200);
		StringBuilder rows = new StringBuilder();
		StringBuilder answers = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			rows.append(interaction("s" + i, "Sara", "call", "phone", i < 6 ? "cust-" + i : null, at(week, i % 7, 9, i),
					null));
			if (i < 6) {
				// six calls named by a detractor's answer: four random picks cannot take them all
				answers.append(SamplingApiTests.answer("r" + i, "cust-" + i, "s" + i, at(week, i % 7, 18, 0), 2));
			}
		}
		rows.append(interaction("o0", "Omid", "chat", "chat", null, at(week, 1, 10, 0), null));
		SampleWeeks.record(key, rows.toString());
		String nps = json(key.postJson("/api/v1/surveys?template=nps-relationship", "{}")).get("id").asString();
		key.postJson("/api/v1/surveys/" + nps + "/publish", "");
		assertThat(key.post("/api/v1/surveys/" + nps + "/responses", "application/x-ndjson", answers.toString()).body())
			.contains("\"accepted\":6");
		JsonNode drawn = json(key.postJson("/api/v1/quality/sampling", "{\"week\":\"" + week + "\"}"));
		card = SampleWeeks.card(key);
		List<String> random = new ArrayList<>();
		String omidsPick = null;
		for (JsonNode a : drawn.get("items")) {
			if (a.get("agent").asString().equals(sara)) {
				(a.get("kind").asString().equals("random") ? random : targeted).add(a.get("id").asString());
			}
			else if (a.get("agent").asString().equals(omid)) {
				omidsPick = a.get("id").asString();
			}
		}
		assertThat(random).hasSize(4);
		assertThat(targeted).hasSizeGreaterThanOrEqualTo(2);
		int[] solves = { 4, 2, 5, 3 };
		for (int i = 0; i < 4; i++) {
			review(random.get(i), solves[i]);
		}
		review(omidsPick, 1);
	}

	JsonNode review(String assignment, int solve) {
		HttpResponse<String> created = key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card
				+ "\",\"assignment\":\"" + assignment + "\",\"scores\":" + scores(solve) + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created);
	}

	JsonNode iqs(String agent) {
		return json(key.get("/api/v1/agents/" + agent + "/figures?" + period)).get("iqs");
	}

	@Test
	void theIqsIsTheMeanOfTheRandomReviewsWithItsClippedTInterval() {
		JsonNode iqs = iqs(sara);
		assertThat(iqs.get("value").asDouble()).isEqualTo(77.5);
		assertThat(iqs.get("ci95").get(0).asDouble()).isCloseTo(46.69, within(0.005));
		assertThat(iqs.get("ci95").get(1).asDouble()).isEqualTo(100.0);
		assertThat(iqs.get("n").asLong()).isEqualTo(4);
		assertThat(iqs.get("basis").asString()).isEqualTo("random");
		JsonNode one = iqs(omid);
		assertThat(one.get("value").asDouble()).isEqualTo(40.0);
		assertThat(one.get("ci95").isNull()).isTrue();
		assertThat(one.get("n").asLong()).isEqualTo(1);
		// the period is the interactions': the reviews made today of a past week are not this week's
		JsonNode later = json(key.get("/api/v1/agents/" + sara + "/figures?from=" + week.plusDays(7) + "&to="
				+ week.plusDays(13))).get("iqs");
		assertThat(later.get("n").asLong()).isZero();
		assertThat(later.get("value").isNull()).isTrue();
	}

	@Test
	void targetedAndHandMadeReviewsChangeNothingInTheIqsAndTheTargetedOnesAreShownApart() {
		JsonNode before = iqs(sara);
		review(targeted.get(0), 1);
		HttpResponse<String> adhoc = key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card
				+ "\",\"interaction\":\"s19\",\"agent\":\"" + sara + "\",\"scores\":{\"greet\":0,\"solve\":1,\"privacy\":0}}");
		assertThat(json(adhoc).get("kind").asString()).isEqualTo("adhoc");
		JsonNode figures = json(key.get("/api/v1/agents/" + sara + "/figures?" + period));
		assertThat(figures.get("iqs")).isEqualTo(before);
		JsonNode apart = figures.get("iqsTargeted");
		assertThat(apart.get("basis").asString()).isEqualTo("targeted");
		assertThat(apart.get("value").asDouble()).isEqualTo(40.0);
		assertThat(apart.get("n").asLong()).isEqualTo(1);
		// a second targeted review: 40 and 100, mean 70, t(0.975, 1) = 12.71 times 30 reaches past both ends
		review(targeted.get(1), 5);
		JsonNode two = json(key.get("/api/v1/agents/" + sara + "/figures?" + period)).get("iqsTargeted");
		assertThat(two.get("value").asDouble()).isEqualTo(70.0);
		assertThat(two.get("ci95").get(0).asDouble()).isEqualTo(0.0);
		assertThat(two.get("ci95").get(1).asDouble()).isEqualTo(100.0);
		assertThat(iqs(sara)).isEqualTo(before);
	}

	@Test
	void theAgentsListingAndPageShowTheIqsWithItsIntervalAndN() {
		JsonNode listing = json(key.get("/api/v1/agents?" + period));
		JsonNode saraEntry = null;
		for (JsonNode entry : listing.get("agents")) {
			if (entry.get("agent").get("id").asString().equals(sara)) {
				saraEntry = entry;
			}
		}
		assertThat(saraEntry).isNotNull();
		assertThat(saraEntry.get("iqs").get("value").asDouble()).isEqualTo(77.5);
		assertThat(saraEntry.get("iqs").get("n").asLong()).isEqualTo(4);
		assertThat(saraEntry.get("iqs").get("ci95").get(1).asDouble()).isEqualTo(100.0);
		String page = owner.get("/agents?" + period).body();
		assertThat(page).contains("IQS (random reviews)", "77.5", "[46.7 – 100]", "4 random reviews",
				"one review: no interval yet");
		String agentPage = owner.get("/agents/" + sara + "?" + period).body();
		assertThat(agentPage).contains("77.5", "[46.7 – 100]", "4 random reviews", "Targeted picks")
			.doesNotContain("No reviews yet");
		WebClient other = WebClient.signedIn(port, tenants.create("Elsewhere").ownerEmail(), TestWorkspaces.PASSWORD);
		assertThat(other.get("/api/v1/agents/" + sara + "/figures").statusCode()).isEqualTo(404);
	}

	JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return mapper.readTree(response.body());
	}
}
