package io.tajriba.metrics;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Churn and repeat purchase are the chosen period's, not the workspace's of all time: seven customers whose
 * figures are counted by hand below.
 */
@TajribaTest
class PeriodKpiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	WebClient key;

	static String event(String id, String customer, String type, String channel, String day) {
		return ("{\"id\":\"%s\",\"customer\":\"%s\",\"type\":\"%s\",\"channel\":\"%s\",\"touchpoint\":\"shop\","
				+ "\"value\":%d,\"currency\":\"EUR\",\"occurredAt\":\"%sT12:00:00Z\"}\n").formatted(id, customer, type,
						channel, type.equals("purchase") ? 40 : 0, day);
	}

	@BeforeEach
	void customers() {
		tenant = tenants.create("Periods");
		key = WebClient.withKey(port, tenant.apiKey());
		String events = event("1", "a", "visit", "web", "2026-05-01") + event("2", "a", "purchase", "web", "2026-05-20")
				+ event("3", "a", "purchase", "web", "2026-07-05") + event("4", "b", "visit", "web", "2026-05-01")
				+ event("5", "c", "visit", "web", "2026-05-01") + event("6", "d", "visit", "web", "2026-05-02")
				+ event("7", "e", "visit", "web", "2026-05-02") + event("8", "e", "purchase", "web", "2026-07-03")
				+ event("9", "e", "purchase", "web", "2026-07-08") + event("10", "f", "visit", "store", "2026-05-03")
				+ event("11", "f", "purchase", "store", "2026-07-04") + event("12", "g", "visit", "web", "2026-07-02");
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", events).body()).contains("\"accepted\":12");
		// b is lost before July, c and d in it; g, new in July, is lost in it too
		assertThat(key.post("/api/v1/customers", "application/x-ndjson", """
				{"id":"b","churnedAt":"2026-06-01T12:00:00Z"}
				{"id":"c","churnedAt":"2026-07-04T12:00:00Z"}
				{"id":"d","churnedAt":"2026-07-09T12:00:00Z"}
				{"id":"g","churnedAt":"2026-07-09T12:00:00Z"}
				""").body()).contains("\"accepted\":4");
	}

	JsonNode kpis(String query) {
		return mapper.readTree(key.get("/api/v1/metrics/kpis?" + query).body());
	}

	@Test
	void churnIsOfTheCustomersThePeriodBeganWith() {
		// of all time: 4 of the 7 customers lost
		assertThat(jdbc.sql("select count(churned_at) * 100.0 / count(*) from customers where workspace_id = :w")
			.param("w", tenant.workspace().id()).query(Double.class).single()).isCloseTo(57.14, within(0.01));
		// the first ten days of July began with a, c, d, e and f (b was lost in June, g came in July): c and d lost
		JsonNode july = kpis("from=2026-07-01&to=2026-07-10").get("churnRate");
		assertThat(july.get("n").asLong()).isEqualTo(5);
		assertThat(july.get("count").asLong()).isEqualTo(2);
		assertThat(july.get("value").asDouble()).isEqualTo(40.0);
		// Wilson 95%: (0.4 + 1.96²/10 ± 1.96 √(0.4·0.6/5 + 1.96²/100)) / (1 + 1.96²/5) = 11.76% to 76.93%
		assertThat(july.get("ci95").get(0).asDouble()).isCloseTo(11.76, within(0.01));
		assertThat(july.get("ci95").get(1).asDouble()).isCloseTo(76.93, within(0.01));
		// June began with all but g, and lost b
		JsonNode june = kpis("from=2026-06-01&to=2026-06-30").get("churnRate");
		assertThat(june.get("n").asLong()).isEqualTo(6);
		assertThat(june.get("count").asLong()).isEqualTo(1);
	}

	@Test
	void repeatPurchaseIsOfThePeriodsBuyersAndFollowsTheChannel() {
		// July's buyers: a (once in July; May does not count), e (twice), f (once)
		JsonNode july = kpis("from=2026-07-01&to=2026-07-10").get("repeatPurchaseRate");
		assertThat(july.get("n").asLong()).isEqualTo(3);
		assertThat(july.get("count").asLong()).isEqualTo(1);
		assertThat(july.get("value").asDouble()).isCloseTo(33.33, within(0.01));
		JsonNode store = kpis("from=2026-07-01&to=2026-07-10&channel=store").get("repeatPurchaseRate");
		assertThat(store.get("n").asLong()).isEqualTo(1);
		assertThat(store.get("count").asLong()).isZero();
		// from May: a and e bought twice, f once
		// the persona of those who bought twice or more (a and e): July's churn and repeat purchase among them alone
		var persona = key.postJson("/api/v1/personas", """
				{"name":"Regulars","rule":[{"field":"purchases","op":"gte","values":["2"]}]}""");
		assertThat(persona.body()).contains("\"customers\":2");
		String regulars = mapper.readTree(persona.body()).get("id").asString();
		JsonNode theirs = kpis("from=2026-07-01&to=2026-07-10&persona=" + regulars);
		assertThat(theirs.get("repeatPurchaseRate").get("n").asLong()).isEqualTo(2);
		assertThat(theirs.get("repeatPurchaseRate").get("count").asLong()).isEqualTo(1);
		assertThat(theirs.get("churnRate").get("n").asLong()).isEqualTo(2);
		assertThat(theirs.get("churnRate").get("count").asLong()).isZero();
		JsonNode spring = kpis("from=2026-05-01&to=2026-07-10").get("repeatPurchaseRate");
		assertThat(spring.get("n").asLong()).isEqualTo(3);
		assertThat(spring.get("count").asLong()).isEqualTo(2);
	}
}
