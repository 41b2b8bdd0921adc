package io.tajriba.reports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.tajriba.TajribaTest;
import io.tajriba.TestMail;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.reports.WebhookReceiver.Answer;
import io.tajriba.reports.WebhookReceiver.Received;
import io.tajriba.reports.internal.WebhookDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TajribaTest
class WebhookDeliveryTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient admin;

	@BeforeEach
	void workspace() {
		tenant = tenants.create("Webhooks");
		// API keys are never admins: the webhooks API is for signed-in owners and admins
		admin = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
	}

	/** The signature checked as the Standard Webhooks spec says, written here apart from the application's code. */
	static boolean verifies(String secret, Received r) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((r.header("webhook-id") + "."
				+ r.header("webhook-timestamp") + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
		return Arrays.asList(r.header("webhook-signature").split(" ")).contains(expected);
	}

	JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return mapper.readTree(response.body());
	}

	JsonNode endpoint(String url, String types) {
		return json(admin.postJson("/api/v1/webhooks", "{\"url\":\"" + url + "\",\"description\":\"CRM\","
				+ "\"eventTypes\":" + types + "}"), 201);
	}

	/** A published survey of the tenant with {@code n} responses posted; waits until their deliveries are written. */
	void answer(int n, String endpointId) {
		WebClient key = WebClient.withKey(port, tenant.apiKey());
		String survey = json(key.postJson("/api/v1/surveys?template=nps-relationship", "{\"name\":\"Hooked\"}"), 201)
			.get("id").asString();
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < n; i++) {
			rows.append("{\"id\":\"r").append(i).append("\",\"customer\":\"cust-").append(i)
				.append("\",\"submittedAt\":\"2026-11-30T10:00:00Z\",\"answers\":{\"nps\":").append(i % 11).append("}}\n");
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString())
			.statusCode()).isLessThan(300);
		await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(endpointId) == n);
	}

	long deliveries(String endpointId) {
		return jdbc.sql("select count(*) from webhook_deliveries where workspace_id = ? and endpoint_id = ? "
				+ "and event_type = 'response.completed'")
			.params(tenant.workspace().id(), UUID.fromString(endpointId)).query(Long.class).single();
	}

	@Test
	void aResponseIsDeliveredSignedAndTriedAgainAfterFiveSecondsAndFiveMinutes() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver().answer(Answer.of(500), Answer.of(500))) {
			JsonNode created = endpoint(receiver.url(), "[\"response.completed\"]");
			String secret = created.get("secret").asString();
			assertThat(secret).startsWith("whsec_");
			assertThat(Base64.getDecoder().decode(secret.substring(6)).length).isGreaterThanOrEqualTo(24);
			String id = created.get("id").asString();
			assertThat(admin.get("/api/v1/webhooks").body()).contains(id).doesNotContain(secret, "secret\"");
			answer(1, id);

			Instant first = Instant.now();
			dispatcher.run(first);
			Instant second = first.plusSeconds(6);
			dispatcher.run(first.plusSeconds(4)); // before the 5 s (±10%) pause ends: nothing
			assertThat(receiver.received()).hasSize(1);
			dispatcher.run(second);
			Instant third = second.plus(Duration.ofMinutes(5)).plusSeconds(31);
			dispatcher.run(third);
			dispatcher.run(third.plus(Duration.ofHours(1)));

			List<Received> got = receiver.received();
			assertThat(got).hasSize(3);
			for (Received r : got) {
				assertThat(verifies(secret, r)).as(r.headers().toString()).isTrue();
				assertThat(r.header("webhook-id")).isEqualTo(got.getFirst().header("webhook-id")).startsWith("msg_");
				assertThat(r.header("content-type")).isEqualTo("application/json");
				assertThat(r.body()).isEqualTo(got.getFirst().body());
			}
			assertThat(got.stream().map(r -> Long.parseLong(r.header("webhook-timestamp"))).toList())
				.containsExactly(first.getEpochSecond(), second.getEpochSecond(), third.getEpochSecond());
			Received tampered = new Received(got.getFirst().path(), got.getFirst().headers(),
					got.getFirst().body().replace("response.completed", "response.completeD"));
			assertThat(verifies(secret, tampered)).isFalse();

			JsonNode payload = mapper.readTree(got.getFirst().body());
			assertThat(payload.get("type").asString()).isEqualTo("response.completed");
			assertThat(payload.get("data").get("customerId").asString()).hasSize(36);
			JsonNode catalogue = json(WebClient.withKey(port, tenant.apiKey()).get("/api/v1/webhooks/catalogue"), 200);
			assertThat(catalogue.get("version").asString()).isEqualTo("2026-12-01");
			JsonNode schema = null;
			for (JsonNode t : catalogue.get("eventTypes")) {
				if (t.get("type").asString().equals("response.completed")) {
					schema = t.get("schema");
				}
			}
			assertThat(schema).isNotNull();
			assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
			for (JsonNode field : schema.get("required")) {
				assertThat(payload.has(field.asString())).as(field.asString()).isTrue();
			}
			for (JsonNode field : schema.get("properties").get("data").get("required")) {
				assertThat(payload.get("data").has(field.asString())).as(field.asString()).isTrue();
			}
			assertThat(got.getFirst().body()).doesNotContain("cust-0", "@");

			JsonNode log = json(admin.get("/api/v1/webhooks/" + id + "/deliveries"), 200);
			assertThat(log).hasSize(1);
			JsonNode delivery = log.get(0);
			assertThat(delivery.get("id").asString()).isEqualTo(got.getFirst().header("webhook-id"));
			assertThat(delivery.get("status").asString()).isEqualTo("delivered");
			assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
			assertThat(delivery.has("nextAttemptAt")).isFalse();
			List<Integer> statuses = new ArrayList<>();
			delivery.get("attemptLog").forEach(a -> statuses.add(a.get("status").asInt()));
			assertThat(statuses).containsExactly(500, 500, 200);
			assertThat(delivery.get("attemptLog").get(0).get("responseExcerpt").asString()).isEqualTo("status 500");
			assertThat(delivery.get("attemptLog").get(0).get("requestHeaders").get("webhook-id").asString())
				.isEqualTo(delivery.get("id").asString());

			// replay: the same message again, with the same webhook-id
			JsonNode replayed = json(admin.postJson("/api/v1/webhooks/deliveries/" + delivery.get("id").asString()
					+ "/replay", ""), 200);
			assertThat(replayed.get("attemptLog")).hasSize(4);
			assertThat(receiver.received()).hasSize(4);
			assertThat(receiver.received().getLast().header("webhook-id")).isEqualTo(delivery.get("id").asString());
			assertThat(receiver.received().getLast().body()).isEqualTo(got.getFirst().body());
		}
	}

	@Test
	void gone410DisablesTheEndpointAndFailsWhatWaits() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver().answer(Answer.of(410))) {
			String id = endpoint(receiver.url(), "[\"*\"]").get("id").asString();
			answer(2, id);
			dispatcher.run(Instant.now());
			assertThat(receiver.received()).hasSize(1);
			JsonNode listed = json(admin.get("/api/v1/webhooks"), 200).get(0);
			assertThat(listed.get("enabled").asBoolean()).isFalse();
			assertThat(listed.get("disabledReason").asString()).contains("410");
			JsonNode log = json(admin.get("/api/v1/webhooks/" + id + "/deliveries"), 200);
			log.forEach(d -> assertThat(d.get("status").asString()).isEqualTo("failed"));
			dispatcher.run(Instant.now().plus(Duration.ofDays(1)));
			assertThat(receiver.received()).hasSize(1);
		}
	}

	@Test
	void aRedirectIsAFailureAndIsNotFollowed() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.answer(new Answer(302, Map.of("Location", receiver.url() + "/elsewhere"), ""));
			String id = endpoint(receiver.url(), "[\"case.closed\"]").get("id").asString();
			JsonNode tested = json(admin.postJson("/api/v1/webhooks/" + id + "/test", ""), 200);
			assertThat(tested.get("type").asString()).isEqualTo("webhook.test");
			assertThat(tested.get("status").asString()).isEqualTo("failed");
			assertThat(tested.get("attemptLog").get(0).get("status").asInt()).isEqualTo(302);
			assertThat(tested.get("attemptLog").get(0).get("error").asString()).contains("redirect");
			assertThat(receiver.received()).extracting(Received::path).containsExactly("/hook");

			JsonNode ok = json(admin.postJson("/api/v1/webhooks/" + id + "/test", ""), 200);
			assertThat(ok.get("status").asString()).isEqualTo("delivered");
			assertThat(json(admin.get("/api/v1/webhooks/" + id + "/deliveries"), 200)).hasSize(2);
		}
	}

	@Test
	void retryAfterInSecondsOrAsADateIsTheNextAttempt() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String id = endpoint(receiver.url(), "[\"response.completed\"]").get("id").asString();
			answer(1, id);
			Instant now = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
			Instant date = now.plus(Duration.ofMinutes(42));
			receiver.answer(new Answer(503, Map.of("Retry-After", "120"), "busy"),
					new Answer(429, Map.of("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(
							ZoneOffset.UTC))), "slow down"));
			dispatcher.run(now);
			JsonNode d = json(admin.get("/api/v1/webhooks/" + id + "/deliveries"), 200).get(0);
			assertThat(d.get("status").asString()).isEqualTo("pending");
			assertThat(Instant.parse(d.get("nextAttemptAt").asString())).isEqualTo(now.plusSeconds(120));
			dispatcher.run(now.plusSeconds(119));
			assertThat(receiver.received()).hasSize(1);
			dispatcher.run(now.plusSeconds(120));
			assertThat(receiver.received()).hasSize(2);
			d = json(admin.get("/api/v1/webhooks/" + id + "/deliveries"), 200).get(0);
			assertThat(Instant.parse(d.get("nextAttemptAt").asString())).isEqualTo(date);
			assertThat(d.get("lastError").asString()).isEqualTo("HTTP 429");
		}
	}

	@Test
	void anEndpointFailingForFiveDaysIsDisabledAndTheAdminsAreMailed() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver().answer(Answer.of(500), Answer.of(500), Answer.of(500))) {
			String id = endpoint(receiver.url(), "[\"response.completed\"]").get("id").asString();
			answer(1, id);
			Instant first = Instant.now();
			dispatcher.run(first);
			dispatcher.run(first.plus(Duration.ofDays(4)));
			assertThat(json(admin.get("/api/v1/webhooks"), 200).get(0).get("enabled").asBoolean()).isTrue();
			assertThat(TestMail.mailsTo(tenant.ownerEmail())).isEmpty();
			dispatcher.run(first.plus(Duration.ofDays(5)).plusSeconds(60));
			JsonNode listed = json(admin.get("/api/v1/webhooks"), 200).get(0);
			assertThat(listed.get("enabled").asBoolean()).isFalse();
			assertThat(listed.get("disabledReason").asString()).contains("failed since");
			assertThat(receiver.received()).hasSize(3);
			await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.mailsTo(tenant.ownerEmail()).length == 1);
			assertThat(TestMail.subject(TestMail.mailsTo(tenant.ownerEmail())[0])).contains("disabled",
					tenant.workspace().name());
			assertThat(json(admin.get("/api/v1/webhooks/" + id + "/deliveries"), 200).get(0).get("status").asString())
				.isEqualTo("failed");
		}
	}

	@Test
	void anotherWorkspaceGetsNothingAndItsIdsAnswer404() throws Exception {
		try (WebhookReceiver mine = new WebhookReceiver(); WebhookReceiver theirs = new WebhookReceiver()) {
			String id = endpoint(mine.url(), "[\"response.completed\"]").get("id").asString();
			Tenant other = tenants.create("Other hooks");
			WebClient otherAdmin = WebClient.signedIn(port, other.ownerEmail(), other.password());
			String theirId = json(otherAdmin.postJson("/api/v1/webhooks", "{\"url\":\"" + theirs.url()
					+ "\",\"eventTypes\":[\"*\"]}"), 201).get("id").asString();
			answer(1, id);
			dispatcher.run(Instant.now());
			assertThat(mine.received()).hasSize(1);
			assertThat(theirs.received()).isEmpty();
			assertThat(json(otherAdmin.get("/api/v1/webhooks/" + theirId + "/deliveries"), 200)).isEmpty();
			assertThat(json(otherAdmin.get("/api/v1/webhooks"), 200)).hasSize(1);

			String delivery = json(admin.get("/api/v1/webhooks/" + id + "/deliveries"), 200).get(0).get("id").asString();
			assertThat(otherAdmin.get("/api/v1/webhooks/" + id + "/deliveries").statusCode()).isEqualTo(404);
			assertThat(otherAdmin.postJson("/api/v1/webhooks/" + id + "/test", "").statusCode()).isEqualTo(404);
			assertThat(otherAdmin.postJson("/api/v1/webhooks/" + id + "/rotate-secret", "").statusCode()).isEqualTo(404);
			assertThat(otherAdmin.postJson("/api/v1/webhooks/deliveries/" + delivery + "/replay", "").statusCode())
				.isEqualTo(404);
			assertThat(otherAdmin.delete("/api/v1/webhooks/" + id).statusCode()).isEqualTo(404);
			assertThat(otherAdmin.get("/reports/webhooks/" + id).statusCode()).isEqualTo(404);
			assertThat(mine.received()).hasSize(1);
			assertThat(json(admin.get("/api/v1/webhooks"), 200)).hasSize(1);
		}
	}

	@Test
	void aRotatedSecretSignsBesideTheNewOneForADay() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			JsonNode created = endpoint(receiver.url(), "[\"response.completed\"]");
			String id = created.get("id").asString();
			String old = created.get("secret").asString();
			JsonNode rotated = json(admin.postJson("/api/v1/webhooks/" + id + "/rotate-secret", ""), 200);
			String fresh = rotated.get("secret").asString();
			assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
			assertThat(rotated.get("previousSecretUntil").asString()).isNotBlank();

			json(admin.postJson("/api/v1/webhooks/" + id + "/test", ""), 200);
			Received test = receiver.received().getFirst();
			assertThat(test.header("webhook-signature").split(" ")).hasSize(2);
			assertThat(verifies(old, test)).isTrue();
			assertThat(verifies(fresh, test)).isTrue();

			answer(1, id);
			dispatcher.run(Instant.now().plus(Duration.ofHours(25)));
			Received later = receiver.received().getLast();
			assertThat(later.header("webhook-signature").split(" ")).hasSize(1);
			assertThat(verifies(fresh, later)).isTrue();
			assertThat(verifies(old, later)).isFalse();
		}
	}

	@Test
	void badEndpointsAreRefusedNamingTheField() {
		assertThat(admin.postJson("/api/v1/webhooks", "{\"url\":\"ftp://example.com/x\",\"eventTypes\":[\"*\"]}").body())
			.contains("\"field\":\"url\"");
		assertThat(admin.postJson("/api/v1/webhooks", "{\"eventTypes\":[\"*\"]}").statusCode()).isEqualTo(422);
		HttpResponse<String> unknown = admin.postJson("/api/v1/webhooks",
				"{\"url\":\"https://example.com/x\",\"eventTypes\":[\"case.created\",\"case.exploded\"]}");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("\"field\":\"eventTypes\"", "case.exploded");
		assertThat(admin.postJson("/api/v1/webhooks", "{\"url\":\"https://example.com/x\",\"eventTypes\":[]}").body())
			.contains("\"field\":\"eventTypes\"");
		WebClient analyst = WebClient.withKey(port, tenant.apiKey());
		assertThat(analyst.postJson("/api/v1/webhooks", "{\"url\":\"https://example.com/x\",\"eventTypes\":[\"*\"]}")
			.statusCode()).isEqualTo(403);
		assertThat(analyst.get("/api/v1/webhooks").statusCode()).isEqualTo(403);
		assertThat(json(analyst.get("/api/v1/webhooks/catalogue"), 200).get("eventTypes")).hasSize(9);
		assertThat(json(admin.get("/api/v1/webhooks"), 200)).isEmpty();
	}
}
