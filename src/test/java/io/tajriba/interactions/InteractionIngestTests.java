package io.tajriba.interactions;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

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
class InteractionIngestTests {

	static final String GOOD_AND_BAD = """
			{"id":"e1","customer":"c-1","type":"visit","channel":"web","touchpoint":"home page","occurredAt":"2026-03-01T10:00:00+03:30"}
			{"id":"e2","customer":"c-1","type":"purchase","channel":"web","touchpoint":"checkout","occurredAt":"2026-03-01T10:05:00+03:30","value":120.50,"currency":"eur"}
			{"id":"e3","customer":"c-2","channel":"store","occurredAt":"2026-03-02T09:00:00Z"}
			{"id":"e4","customer":"c-2","type":"call","channel":"call_center","occurredAt":"yesterday"}
			this is not json

			{"id":"e5","customer":"c-2","type":"review","channel":"web","occurredAt":"2026-03-03T12:00:00Z","text":"خیلی خوب بود <b>!</b>","properties":{"stars":5}}
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	Tenant tenant;
	WebClient key;

	@BeforeEach
	void workspace() {
		tenant = tenants.create("Hub");
		key = WebClient.withKey(port, tenant.apiKey());
	}

	@Test
	void goodRowsAreKeptAndBadRowsAreReportedByLineAndField() {
		var response = key.post("/api/v1/interactions", "application/x-ndjson", GOOD_AND_BAD);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"accepted\":3", "\"duplicates\":0")
			.contains("{\"line\":3,\"field\":\"type\",\"message\":\"is required\"}")
			.contains("{\"line\":4,\"field\":\"occurredAt\"")
			.contains("{\"line\":5,\"field\":\"line\"");

		var rejected = key.get("/api/v1/rejected-rows?source=interactions");
		assertThat(rejected.body()).contains("this is not json").contains("\\\"id\\\":\\\"e3\\\"");
		var stored = key.get("/api/v1/interactions");
		assertThat(stored.body()).contains("\"id\":\"e1\"", "\"id\":\"e2\"", "\"id\":\"e5\"")
			.contains("\"touchpoint\":\"checkout\"", "\"currency\":\"EUR\"", "\"value\":120.50")
			.contains("خیلی خوب بود");
	}

	@Test
	void sendingTheSameEventsAgainStoresNothingTwice() {
		key.post("/api/v1/interactions", "application/x-ndjson", GOOD_AND_BAD);
		var again = key.post("/api/v1/interactions", "application/x-ndjson", GOOD_AND_BAD);
		assertThat(again.body()).contains("\"accepted\":0", "\"duplicates\":3");

		var withinOneBatch = key.post("/api/v1/interactions", "application/json", """
				[{"id":"d1","type":"share","channel":"social","occurredAt":"2026-03-04T08:00:00Z"},
				 {"id":"d1","type":"share","channel":"social","occurredAt":"2026-03-04T08:00:00Z"}]""");
		assertThat(withinOneBatch.body()).contains("\"accepted\":1", "\"duplicates\":1");
		assertThat(key.get("/api/v1/interactions?type=share").body().split("\"id\":\"d1\"")).hasSize(2);
	}

	@Test
	void customersAreCreatedOnFirstSightWithTheirRevenueAndContacts() {
		key.post("/api/v1/interactions", "application/x-ndjson", GOOD_AND_BAD + """
				{"id":"e6","customer":"c-1","type":"refund","channel":"web","occurredAt":"2026-03-05T10:00:00Z","value":20.5}
				""");
		var profile = key.get("/api/v1/customers/c-1");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("\"revenue\":100.00", "\"interactions\":3")
			.contains("\"firstSeenAt\":\"2026-03-01T06:30:00Z\"", "\"lastSeenAt\":\"2026-03-05T10:00:00Z\"");
		assertThat(key.get("/api/v1/interactions?customer=c-1").body())
			.contains("\"id\":\"e1\"", "\"id\":\"e2\"", "\"id\":\"e6\"").doesNotContain("\"id\":\"e5\"");
	}

	@Test
	void aCorrectedRowIsReplayed() {
		key.post("/api/v1/interactions", "application/x-ndjson", GOOD_AND_BAD);
		String list = key.get("/api/v1/rejected-rows?source=interactions").body();
		String id = list.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\",\"source\":\"interactions\",\"line\":3.*", "$1");

		var stillBad = key.post("/api/v1/rejected-rows/" + id + "/replay", "application/json",
				"{\"id\":\"e3\",\"customer\":\"c-2\",\"type\":\"store visit!\",\"channel\":\"store\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}");
		assertThat(stillBad.statusCode()).isEqualTo(422);
		assertThat(stillBad.body()).contains("\"field\":\"type\"");

		var fixed = key.post("/api/v1/rejected-rows/" + id + "/replay", "application/json",
				"{\"id\":\"e3\",\"customer\":\"c-2\",\"type\":\"store_visit\",\"channel\":\"store\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}");
		assertThat(fixed.statusCode()).isEqualTo(204);
		assertThat(key.get("/api/v1/interactions?type=store_visit").body()).contains("\"id\":\"e3\"");
		assertThat(key.get("/api/v1/rejected-rows?source=interactions").body()).doesNotContain(id);
		assertThat(key.get("/api/v1/rejected-rows?source=interactions&all=true").body()).contains(id);
	}

	@Test
	void limitsAreAnsweredWith413And422NeverWith500() {
		StringBuilder tooMany = new StringBuilder();
		for (int i = 0; i <= 10_000; i++) {
			tooMany.append("{\"id\":\"m").append(i).append("\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"2026-03-01T10:00:00Z\"}\n");
		}
		var rows = key.post("/api/v1/interactions", "application/x-ndjson", tooMany.toString());
		assertThat(rows.statusCode()).isEqualTo(413);
		assertThat(key.get("/api/v1/interactions?limit=5").body()).isEqualTo("[]");

		String longText = "x".repeat(20_001);
		var text = key.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"t1\",\"type\":\"review\",\"channel\":\"web\",\"occurredAt\":\"2026-03-01T10:00:00Z\",\"text\":\"" + longText + "\"}");
		assertThat(text.statusCode()).isEqualTo(200);
		assertThat(text.body()).contains("\"field\":\"text\"");

		var future = key.post("/api/v1/interactions", "application/x-ndjson",
				"{\"id\":\"f1\",\"type\":\"visit\",\"channel\":\"web\",\"occurredAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
		assertThat(future.body()).contains("\"field\":\"occurredAt\"", "in the future");

		assertThat(key.post("/api/v1/interactions", "application/json", "{\"not\":\"an array\"}").statusCode())
			.isEqualTo(422);
		assertThat(key.post("/api/v1/interactions", "text/csv", "a,b").statusCode()).isEqualTo(415);
	}

	@Test
	void sharedIdentitiesMergeProfilesAndTheirInteractionsFollow() {
		var customers = key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"anne","email":"Anne@Example.com","locale":"fa","attributes":{"ageBand":"35-44"}}
				{"id":"anne-app","phone":"+98 912 ۱۲۳ ۴۵۶۷","attributes":{"app":true}}
				{"id":"bad","email":"not an address"}
				""");
		assertThat(customers.body()).contains("\"accepted\":2", "{\"line\":3,\"field\":\"email\"");
		key.post("/api/v1/interactions", "application/x-ndjson", """
				{"id":"a1","customer":"anne","type":"purchase","channel":"store","occurredAt":"2026-03-01T10:00:00Z","value":10}
				{"id":"a2","customer":"anne-app","type":"app_session","channel":"app","occurredAt":"2026-03-02T10:00:00Z"}
				""");

		// the same person, known by both: the app profile is merged into the one with the external id "anne"
		var merge = key.post("/api/v1/customers", "application/json",
				"[{\"id\":\"anne\",\"phone\":\"+989121234567\"}]");
		assertThat(merge.body()).contains("\"accepted\":1");

		String anne = key.get("/api/v1/customers/anne").body();
		assertThat(anne).contains("\"kind\":\"phone\",\"value\":\"+989121234567\"")
			.contains("\"kind\":\"external\",\"value\":\"anne-app\"", "\"kind\":\"email\",\"value\":\"anne@example.com\"")
			.contains("\"interactions\":2", "\"revenue\":10.00", "ageBand", "\"app\": true", "\"locale\":\"fa\"");
		assertThat(key.get("/api/v1/customers/anne-app").body()).isEqualTo(anne);
		assertThat(key.get("/api/v1/customers/anne@example.com").body()).isEqualTo(anne);
		eventually(() -> key.get("/api/v1/interactions?customer=anne").body().contains("\"id\":\"a2\""));
	}

	private static void eventually(Supplier<Boolean> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}
}
