package io.tajriba.quality;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.quality.internal.IqsTrend;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An agent's IQS month by month, on reviews scored through the API against one five-point criterion (points 1 to 5
 * score 0, 0.25, 0.5, 0.75, 1; the IQS is their mean × 100), then marked as the weekly sample marks them and dated
 * by the interaction they review. The workspace is in Tehran (UTC+03:30), so its months begin at 20:30 UTC the day
 * before.
 */
@TajribaTest
class IqsTrendTests {

	/** The 97.5% quantile of Student's t with 3 degrees of freedom, from a t table. */
	static final double T3 = 3.182446305284263;

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	IqsTrend trend;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	String card;

	@Test
	void theMeanOfTheRandomReviewsOfEachMonthWithItsIntervalAndN() {
		tenant = tenants.create("IQS trend");
		key = WebClient.withKey(port, tenant.apiKey());
		String sara = id(key.postJson("/api/v1/agents", "{\"key\":\"Sara\"}"));
		String omid = id(key.postJson("/api/v1/agents", "{\"key\":\"Omid\"}"));
		assertThat(key.post("/api/v1/interactions", "application/x-ndjson", "{\"id\":\"chat-1\",\"type\":\"chat\","
				+ "\"channel\":\"chat\",\"agent\":\"Sara\",\"occurredAt\":\"2026-01-03T08:00:00Z\"}\n").body())
			.contains("\"accepted\":1");
		card = id(key.postJson("/api/v1/scorecards", """
				{"name":"Chats","channel":"chat","sections":[{"title":"All","criteria":[
				 {"key":"solve","text":{"en":"Solves the problem"},"scale":"five","naAllowed":true}]}]}"""));

		// February: one review, 0.75
		review(sara, 4, "random", "2026-02-10T10:00:00Z");
		// March: 0.5, 0.5, 0.75, 0.75 at random; a targeted, a hand-made, an all-N/A review and Omid's do not count
		review(sara, 3, "random", "2026-03-02T10:00:00Z");
		review(sara, 3, "random", "2026-03-09T10:00:00Z");
		review(sara, 4, "random", "2026-03-16T10:00:00Z");
		review(sara, 4, "random", "2026-03-23T10:00:00Z");
		review(sara, 1, "targeted", "2026-03-24T10:00:00Z");
		review(sara, 5, "adhoc", "2026-03-25T10:00:00Z");
		review(sara, null, "random", "2026-03-26T10:00:00Z");
		review(omid, 1, "random", "2026-03-27T10:00:00Z");
		// April in Tehran: from 2026-03-31T20:30Z to 2026-04-30T20:30Z: 1.0 and 0.5
		review(sara, 5, "random", "2026-03-31T21:00:00Z");
		review(sara, 3, "random", "2026-04-30T20:00:00Z");
		// May in Tehran: 00:01 on the first of May
		review(sara, 2, "random", "2026-04-30T20:31:00Z");
		// June: 0, 0.25, 0.25, 0.5
		review(sara, 1, "random", "2026-06-01T10:00:00Z");
		review(sara, 2, "random", "2026-06-02T10:00:00Z");
		review(sara, 2, "random", "2026-06-03T10:00:00Z");
		review(sara, 3, "random", "2026-06-04T10:00:00Z");
		// before and after the six months
		review(sara, 5, "random", "2025-12-31T10:00:00Z");
		review(sara, 1, "random", "2026-07-01T10:00:00Z");

		List<IqsTrend.Month> months = trend.of(tenant.workspace().id(), tenant.workspace().timeZone(),
				UUID.fromString(sara), YearMonth.of(2026, 6), 6);

		assertThat(months).extracting(IqsTrend.Month::month).containsExactly(YearMonth.of(2026, 1),
				YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5),
				YearMonth.of(2026, 6));
		assertThat(months.get(0).iqs().n()).isZero();
		assertThat(months.get(0).iqs().value()).isNull();
		// one review: its score, and no interval
		assertThat(months.get(1).iqs().n()).isEqualTo(1);
		assertThat(months.get(1).iqs().value()).isEqualTo(75.0);
		assertThat(months.get(1).iqs().low()).isNull();
		// March: 50, 50, 75, 75: mean 62.5, s = √(4 · 12.5² / 3) = 14.43376, s / √4 = 7.21688
		assertThat(months.get(2).iqs().n()).isEqualTo(4);
		assertThat(months.get(2).iqs().value()).isCloseTo(62.5, within(1e-9));
		assertThat(months.get(2).iqs().low()).isCloseTo(62.5 - T3 * 7.21688, within(1e-4));
		assertThat(months.get(2).iqs().high()).isCloseTo(62.5 + T3 * 7.21688, within(1e-4));
		// April: 100 and 50, mean 75; its interval (± 12.7 · 25) covers the whole scale
		assertThat(months.get(3).iqs().n()).isEqualTo(2);
		assertThat(months.get(3).iqs().value()).isCloseTo(75.0, within(1e-9));
		assertThat(months.get(3).iqs().low()).isZero();
		assertThat(months.get(3).iqs().high()).isEqualTo(100.0);
		assertThat(months.get(4).iqs().n()).isEqualTo(1);
		assertThat(months.get(4).iqs().value()).isEqualTo(25.0);
		// June: 0, 25, 25, 50: mean 25, s / √4 = √(2 · 25² / 3) / 2 = 10.20621; the low end is cut at 0
		assertThat(months.get(5).iqs().n()).isEqualTo(4);
		assertThat(months.get(5).iqs().value()).isCloseTo(25.0, within(1e-9));
		assertThat(months.get(5).iqs().low()).isZero();
		assertThat(months.get(5).iqs().high()).isCloseTo(25 + T3 * 10.20621, within(1e-4));

		// Omid's one random review in March is his alone
		List<IqsTrend.Month> his = trend.of(tenant.workspace().id(), tenant.workspace().timeZone(),
				UUID.fromString(omid), YearMonth.of(2026, 6), 6);
		assertThat(his.get(2).iqs().n()).isEqualTo(1);
		assertThat(his.get(2).iqs().value()).isZero();
		assertThat(his.stream().mapToLong(m -> m.iqs().n()).sum()).isEqualTo(1);
		// another workspace sees none of it
		assertThat(trend.of(tenants.create("Other IQS").workspace().id(), tenant.workspace().timeZone(),
				UUID.fromString(sara), YearMonth.of(2026, 6), 6)).allSatisfy(m -> assertThat(m.iqs().n()).isZero());
	}

	/** A review scored through the API, then marked with its kind as the sample would, about an interaction then. */
	void review(String agent, Integer point, String kind, String at) {
		String id = id(key.postJson("/api/v1/reviews", "{\"scorecard\":\"" + card + "\",\"interaction\":\"chat-1\","
				+ "\"agent\":\"" + agent + "\",\"scores\":{\"solve\":" + point + "}}"));
		assertThat(jdbc.sql("update quality_reviews set kind = :kind, about_at = :at, created_at = :at where workspace_id = :w and id = :id")
			.param("kind", kind).param("at", Timestamp.from(Instant.parse(at))).param("w", tenant.workspace().id())
			.param("id", UUID.fromString(id)).update()).isEqualTo(1);
	}

	String id(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return mapper.readTree(response.body()).get("id").asString();
	}
}
