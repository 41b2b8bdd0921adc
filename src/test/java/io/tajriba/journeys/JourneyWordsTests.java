package io.tajriba.journeys;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.text.TextAnalysis;
import io.tajriba.text.TextAnalytics;
import io.tajriba.text.internal.TextQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Bad experiences from what customers said. Forty customers visit the checkout (online) and thirty of them churn;
 * forty others have a call flagged bad at the IVR (offline) and eight churn. The checkout visits have no bad flag:
 * only the customers' detractor answers (half naming the visit, half only the touchpoint, a day later) make the
 * checkout a pain point. Another workspace has reviews whose texts alone say how they went.
 */
@TajribaTest
class JourneyWordsTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
	static final String PERIOD = "from=" + TODAY.minusDays(40) + "&to=" + TODAY;
	static final Instant FIRST = TODAY.minusDays(30).atTime(9, 0).toInstant(ZoneOffset.UTC);

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	TextQueue queue;

	@Autowired
	TextAnalytics text;

	record Workspace(Tenant tenant, WebClient key, WebClient owner, String journey) {
	}

	Workspace workspace(String name) {
		Tenant tenant = tenants.create(name);
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		return new Workspace(tenant, key, owner, get(key, "/api/v1/journeys").get(0).get("id").asString());
	}

	/** Checkout visits answered by detractors, and calls flagged bad; {@code segment} x for a1-a40 and b1-b32. */
	Workspace checkoutAndCalls() {
		Workspace w = workspace("Journey words");
		StringBuilder events = new StringBuilder();
		StringBuilder people = new StringBuilder();
		StringBuilder answers = new StringBuilder();
		for (int i = 1; i <= 40; i++) {
			Instant at = FIRST.plus(i % 10, ChronoUnit.HOURS);
			events.append(event("a-visit-" + i, "a" + i, "visit", "web", "checkout", "action", at, null, null));
			people.append(person("a" + i, i <= 30, true));
			Instant answered = at.plus(1, ChronoUnit.DAYS);
			answers.append(i % 2 == 0
					? "{\"id\":\"r-a%d\",\"customer\":\"a%d\",\"interaction\":\"a-visit-%d\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":2}}\n"
						.formatted(i, i, i, answered)
					: "{\"id\":\"r-a%d\",\"customer\":\"a%d\",\"touchpoint\":\"checkout\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":3}}\n"
						.formatted(i, i, answered));
			events.append(event("b-call-" + i, "b" + i, "call", "call_center", "IVR billing", "use", at, "bad", null));
			people.append(person("b" + i, i <= 8, i <= 32));
		}
		// a promoter after a checkout, and a detractor about a visit long before: neither is a bad experience
		events.append(event("c-visit", "c1", "visit", "web", "checkout", "action", FIRST, null, null));
		answers.append("{\"id\":\"r-c1\",\"customer\":\"c1\",\"touchpoint\":\"checkout\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":10}}\n"
			.formatted(FIRST.plus(1, ChronoUnit.HOURS)));
		answers.append("{\"id\":\"r-c2\",\"customer\":\"c1\",\"touchpoint\":\"checkout\",\"submittedAt\":\"%s\",\"answers\":{\"nps\":0}}\n"
			.formatted(FIRST.plus(9, ChronoUnit.DAYS)));
		record(w, events.toString());
		assertThat(w.key().post("/api/v1/customers", "application/x-ndjson", people.toString()).body())
			.contains("\"rejected\":[]");
		String survey = publishedNps(w);
		assertThat(w.key().post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				answers.toString()).body()).contains("\"accepted\":42");
		assertThat(w.key().postJson("/api/v1/personas", """
				{"name":"Segment x","priority":1,"rule":[{"field":"attributes.segment","op":"eq","values":["x"]}]}""")
			.statusCode()).isEqualTo(201);
		return w;
	}

	@Test
	void aDetractorAnswerAfterACheckoutVisitRaisesThatTouchpointsPainPoint() {
		Workspace w = checkoutAndCalls();
		JsonNode pains = analysis(w, "").get("painPoints");
		assertThat(pains.get("badExperiences").get("dissatisfiedAnswers").asBoolean()).isTrue();
		assertThat(pains.get("badExperiences").get("answersTied").asLong()).isEqualTo(40);
		assertThat(pains.get("customersWithBadExperience").asLong()).isEqualTo(80);
		JsonNode checkout = pains.get("touchpoints").get(0);
		assertThat(checkout.get("name").asString()).isEqualTo("checkout");
		assertThat(checkout.get("stage").asString()).isEqualTo("action");
		// 30 of 40 churned after a bad checkout, 8 of 40 after a bad call: RR 3.75, clearly above 1
		assertThat(checkout.get("exposed").asLong()).isEqualTo(40);
		assertThat(checkout.get("exposedRate").get("successes").asLong()).isEqualTo(30);
		assertThat(checkout.get("comparisonRate").get("successes").asLong()).isEqualTo(8);
		assertThat(checkout.get("relativeRisk").get("value").asDouble()).isCloseTo(3.75, within(1e-9));
		assertThat(checkout.get("relativeRisk").get("ciLow").asDouble()).isGreaterThan(1);
		// the stage's interactions that went badly now include the answered visits
		JsonNode action = stage(analysis(w, ""), "action");
		assertThat(action.get("badExperience").get("successes").asLong()).isEqualTo(40);
		assertThat(action.get("badExperience").get("n").asLong()).isEqualTo(41);
	}

	@Test
	void withDissatisfiedAnswersTurnedOffOnlyTheFlagsCount() {
		Workspace w = checkoutAndCalls();
		assertThat(get(w.key(), "/api/v1/journeys/settings").get("dissatisfiedAnswers").asBoolean()).isTrue();
		// analysts read the settings but do not change them
		assertThat(put(w.key(), "{\"dissatisfiedAnswers\":false,\"negativeTexts\":true}").statusCode())
			.isEqualTo(403);
		var missing = put(w.owner(), "{\"dissatisfiedAnswers\":false}");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(mapper.readTree(missing.body()).get("field").asString()).isEqualTo("negativeTexts");
		var saved = put(w.owner(), "{\"dissatisfiedAnswers\":false,\"negativeTexts\":true}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(get(w.key(), "/api/v1/journeys/settings").get("dissatisfiedAnswers").asBoolean()).isFalse();

		JsonNode pains = analysis(w, "").get("painPoints");
		assertThat(pains.get("badExperiences").get("dissatisfiedAnswers").asBoolean()).isFalse();
		assertThat(pains.get("badExperiences").get("answersTied").asLong()).isZero();
		assertThat(pains.get("customersWithBadExperience").asLong()).isEqualTo(40);
		assertThat(pains.get("touchpoints").valueStream().map(p -> p.get("name").asString()))
			.doesNotContain("checkout");
		assertThat(stage(analysis(w, ""), "action").get("badExperience").get("successes").asLong()).isZero();
	}

	@Test
	void painPointsFollowThePersonaAndChannelsChosen() {
		Workspace w = checkoutAndCalls();
		String persona = get(w.key(), "/api/v1/personas").get(0).get("id").asString();
		// segment x: a1-a40 and b1-b32 (b1-b8 churned); b33-b40 are left out
		JsonNode pains = analysis(w, "&persona=" + persona).get("painPoints");
		assertThat(pains.get("customersWithBadExperience").asLong()).isEqualTo(72);
		JsonNode checkout = pains.get("touchpoints").get(0);
		assertThat(checkout.get("name").asString()).isEqualTo("checkout");
		assertThat(checkout.get("comparison").asLong()).isEqualTo(32);
		assertThat(checkout.get("comparisonRate").get("successes").asLong()).isEqualTo(8);
		// offline, only the calls count: the checkout is online
		JsonNode offline = analysis(w, "&channelKind=offline").get("painPoints");
		assertThat(offline.get("customersWithBadExperience").asLong()).isEqualTo(40);
		assertThat(offline.get("touchpoints").valueStream().map(p -> p.get("name").asString()))
			.doesNotContain("checkout");
		// online, the checkout's bad experiences have nothing online to be compared with
		JsonNode online = analysis(w, "&channelKind=online").get("painPoints");
		assertThat(online.get("customersWithBadExperience").asLong()).isEqualTo(40);
		assertThat(online.get("touchpoints").size()).isZero();
	}

	static final List<String> ANGRY = List.of(
			"Terrible experience, the app crashed and I lost my order. Awful, I am furious.",
			"The worst service ever. Nobody helped me and I am very angry and disappointed.",
			"Horrible, broken and slow. I hate this app and I want my money back.",
			"Awful support, rude staff, a complete waste of time. Never again.");
	static final List<String> HAPPY = List.of("Wonderful app, fast and friendly. I love it, thank you!",
			"Great experience, everything worked perfectly and the staff were lovely.");

	/** Reviews at the app store (online, stage advocacy): 36 angry ones, 30 of them churned, and 10 happy ones. */
	Workspace reviewsAndCalls() {
		Workspace w = workspace("Journey texts");
		StringBuilder events = new StringBuilder();
		StringBuilder people = new StringBuilder();
		for (int i = 1; i <= 36; i++) {
			Instant at = FIRST.plus(i, ChronoUnit.HOURS);
			events.append(event("r-" + i, "r" + i, "review", "app", "app store", "advocacy", at, null,
					ANGRY.get(i % ANGRY.size())));
			people.append(person("r" + i, i <= 30, false));
			events.append(event("s-call-" + i, "s" + i, "call", "call_center", "IVR billing", "use", at, "bad", null));
			people.append(person("s" + i, i <= 6, false));
		}
		for (int i = 1; i <= 10; i++) {
			events.append(event("h-" + i, "h" + i, "review", "app", "app store", "advocacy",
					FIRST.plus(i, ChronoUnit.MINUTES), null, HAPPY.get(i % HAPPY.size())));
		}
		record(w, events.toString());
		assertThat(w.key().post("/api/v1/customers", "application/x-ndjson", people.toString()).body())
			.contains("\"rejected\":[]");
		// the scheduler's own text job may hold some of these texts for a while: drain until none wait
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
			.until(() -> {
				queue.drain(Duration.ofSeconds(30));
				return queue.queued(w.tenant().workspace().id()) == 0;
			});
		return w;
	}

	/** How many of these reviews the text analytics read as this sentiment. */
	long read(Workspace w, String prefix, int count, String sentiment) {
		return java.util.stream.IntStream.rangeClosed(1, count)
			.mapToObj(i -> text.result(w.tenant().workspace().id(), "interaction", prefix + i, ""))
			.map(Optional::orElseThrow).map(TextAnalysis::sentiment).filter(sentiment::equals).count();
	}

	@Test
	void aReviewWhoseTextIsNegativeIsABadExperience() {
		Workspace w = reviewsAndCalls();
		long negative = read(w, "r-", 36, "negative");
		assertThat(negative).as("the angry reviews read as negative").isGreaterThanOrEqualTo(32);
		JsonNode pains = analysis(w, "").get("painPoints");
		assertThat(pains.get("badExperiences").get("negativeTextsTied").asLong())
			.isEqualTo(negative + read(w, "h-", 10, "negative"));
		JsonNode first = pains.get("touchpoints").get(0);
		assertThat(first.get("name").asString()).isEqualTo("app store");
		assertThat(first.get("stage").asString()).isEqualTo("advocacy");
		assertThat(first.get("relativeRisk").get("ciLow").asDouble()).isGreaterThan(1);

		assertThat(put(w.owner(), "{\"dissatisfiedAnswers\":true,\"negativeTexts\":false}").statusCode())
			.isEqualTo(200);
		JsonNode off = analysis(w, "").get("painPoints");
		assertThat(off.get("badExperiences").get("negativeTextsTied").asLong()).isZero();
		assertThat(off.get("customersWithBadExperience").asLong()).isEqualTo(36);
		assertThat(off.get("touchpoints").valueStream().map(p -> p.get("name").asString()))
			.doesNotContain("app store");
	}

	@Test
	void theStagesSentimentAndEmotionsComeFromTheTextAnalyticsWithTheirN() {
		Workspace w = reviewsAndCalls();
		JsonNode advocacy = stage(analysis(w, ""), "advocacy");
		assertThat(advocacy.get("analysedTexts").asLong()).isEqualTo(46);
		assertThat(advocacy.get("positiveSentiment").get("n").asLong()).isEqualTo(46);
		assertThat(advocacy.get("negativeSentiment").get("successes").asLong())
			.isEqualTo(read(w, "r-", 36, "negative") + read(w, "h-", 10, "negative"));
		assertThat(advocacy.get("positiveSentiment").get("successes").asLong())
			.isEqualTo(read(w, "r-", 36, "positive") + read(w, "h-", 10, "positive"));
		// the emotions text analytics read, as shares of the same n
		List<String> emotions = new ArrayList<>();
		advocacy.get("emotions").forEach(e -> {
			emotions.add(e.get("name").asString());
			assertThat(e.get("share").get("n").asLong()).isEqualTo(46);
		});
		assertThat(emotions).containsAnyOf("anger", "frustration", "sadness", "disgust");
		// a stage without texts has no sentiment to speak of
		assertThat(stage(analysis(w, ""), "use").get("positiveSentiment").get("n").asLong()).isZero();
	}

	JsonNode analysis(Workspace w, String query) {
		return get(w.key(), "/api/v1/journeys/" + w.journey() + "/analysis?" + PERIOD + query);
	}

	static JsonNode stage(JsonNode analysis, String key) {
		return analysis.get("stages").valueStream().filter(s -> s.get("key").asString().equals(key)).findFirst()
			.orElseThrow();
	}

	void record(Workspace w, String events) {
		long count = events.lines().count();
		assertThat(w.key().post("/api/v1/interactions", "application/x-ndjson", events).body())
			.contains("\"accepted\":" + count);
	}

	String publishedNps(Workspace w) {
		var created = w.key().postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"After checkout\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		String id = mapper.readTree(created.body()).get("id").asString();
		assertThat(w.key().postJson("/api/v1/surveys/" + id + "/publish", "").statusCode()).isEqualTo(200);
		return id;
	}

	static String event(String id, String customer, String type, String channel, String touchpoint, String stage,
			Instant at, String outcome, String text) {
		return ("{\"id\":\"%s\",\"customer\":\"%s\",\"type\":\"%s\",\"channel\":\"%s\",\"touchpoint\":\"%s\","
				+ "\"occurredAt\":\"%s\"%s,\"properties\":{\"stage\":\"%s\"%s}}\n").formatted(id, customer, type,
						channel, touchpoint, at, text == null ? "" : ",\"text\":\"" + text + "\"", stage,
						outcome == null ? "" : ",\"outcome\":\"" + outcome + "\"");
	}

	static String person(String id, boolean churned, boolean segmentX) {
		return "{\"id\":\"%s\"%s,\"attributes\":{\"segment\":\"%s\"}}\n".formatted(id,
				churned ? ",\"churnedAt\":\"" + Instant.now().minus(1, ChronoUnit.DAYS) + "\"" : "",
				segmentX ? "x" : "y");
	}

	JsonNode get(WebClient client, String path) {
		var response = client.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	HttpResponse<String> put(WebClient client, String json) {
		return client.send("/api/v1/journeys/settings", HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
	}
}
