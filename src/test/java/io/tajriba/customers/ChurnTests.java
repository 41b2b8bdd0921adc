package io.tajriba.customers;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TajribaTest
class ChurnTests {

	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	Tenant tenant;
	WebClient key;
	WebClient owner;

	@BeforeEach
	void workspace() {
		tenant = tenants.create("Churn");
		key = WebClient.withKey(port, tenant.apiKey());
		owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
	}

	void seen(WebClient client, String customer, int daysAgo, String id) {
		var response = client.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"%s\",\"customer\":\"%s\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"%s\"}"
					.formatted(id, customer, NOW.minus(Duration.ofDays(daysAgo))));
		assertThat(response.body()).contains("\"accepted\":1");
	}

	String rule(WebClient client, String json) {
		return client.send("/api/v1/churn-rule", HttpRequest.newBuilder().header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))).body();
	}

	@Test
	void customersInactiveLongerThanTheRuleChurnAndComeBackWhenSeenAgain() {
		seen(key, "old", 400, "a1");
		seen(key, "mid", 100, "a2");
		seen(key, "recent", 10, "a3");
		assertThat(key.get("/api/v1/churn-rule").body()).contains("\"inactivityDays\":180");

		assertThat(rule(owner, "{\"inactivityDays\":90}")).contains("\"inactivityDays\":90", "\"newlyChurned\":2");
		assertThat(key.get("/api/v1/customers/old").body()).contains("\"churnSource\":\"inactivity\"")
			.contains("\"churnedAt\":\"" + NOW.minus(Duration.ofDays(310)) + "\"");
		assertThat(key.get("/api/v1/customers/mid").body()).contains("\"churnSource\":\"inactivity\"");
		assertThat(key.get("/api/v1/customers/recent").body()).doesNotContain("churnedAt");

		seen(key, "mid", 1, "a4");
		assertThat(key.get("/api/v1/customers/mid").body()).doesNotContain("churnedAt", "churnSource");

		// a longer period brings back who is not inactive that long
		seen(key, "two-hundred", 200, "a5");
		assertThat(rule(owner, "{\"inactivityDays\":90}")).contains("\"newlyChurned\":1");
		assertThat(rule(owner, "{\"inactivityDays\":365}")).contains("\"newlyChurned\":0");
		assertThat(key.get("/api/v1/customers/two-hundred").body()).doesNotContain("churnedAt");
		assertThat(key.get("/api/v1/customers/old").body()).contains("\"churnSource\":\"inactivity\"");
	}

	@Test
	void anExplicitChurnIsKeptApartAndBadRulesAreRefused() {
		key.post("/api/v1/customers", "application/x-ndjson", "{\"id\":\"gone\",\"churnedAt\":\"2026-01-01T00:00:00Z\"}");
		assertThat(key.get("/api/v1/customers/gone").body()).contains("\"churnSource\":\"explicit\"");

		var tooLong = owner.send("/api/v1/churn-rule", HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"inactivityDays\":0}")));
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(tooLong.body()).contains("\"field\":\"inactivityDays\"");
		var analyst = key.send("/api/v1/churn-rule", HttpRequest.newBuilder()
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"inactivityDays\":30}")));
		assertThat(analyst.statusCode()).isEqualTo(403);
	}

	@Test
	void aRuleAppliesToItsOwnWorkspaceOnly() {
		Tenant other = tenants.create("Churn other");
		WebClient otherKey = WebClient.withKey(port, other.apiKey());
		seen(otherKey, "elsewhere", 100, "b1");
		rule(owner, "{\"inactivityDays\":30}");
		assertThat(otherKey.get("/api/v1/churn-rule").body()).contains("\"inactivityDays\":180");
		assertThat(otherKey.get("/api/v1/customers/elsewhere").body()).doesNotContain("churnedAt");
	}
}
