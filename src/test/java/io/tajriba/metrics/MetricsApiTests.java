package io.tajriba.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** NPS, CSAT and CES through the API on answers whose figures are worked out by hand below. */
@TajribaTest
class MetricsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	ObjectMapper mapper;

	Tenant tenant;
	WebClient key;
	String survey;

	@BeforeEach
	void answers() {
		tenant = tenants.create("Metrics");
		key = WebClient.withKey(port, tenant.apiKey());
		survey = id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		StringBuilder rows = new StringBuilder();
		// March: web 6 promoters (10), 2 passives (8), 2 detractors (3); store 1 promoter, 1 passive, 3 detractors
		int[] web = { 10, 10, 10, 10, 10, 10, 8, 8, 3, 3 };
		int[] store = { 9, 7, 0, 6, 5 };
		for (int i = 0; i < web.length; i++) {
			rows.append(row("w" + i, "web", "2026-03-0" + (1 + i % 9) + "T12:00:00Z", web[i]));
		}
		for (int i = 0; i < store.length; i++) {
			rows.append(row("s" + i, "store", "2026-03-2" + i + "T12:00:00Z", store[i]));
		}
		// February: four detractors
		for (int i = 0; i < 4; i++) {
			rows.append(row("f" + i, "store", "2026-02-10T12:00:00Z", 2));
		}
		assertThat(key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson", rows.toString()).body())
			.contains("\"accepted\":19");
	}

	static String row(String id, String channel, String at, int nps) {
		return "{\"id\":\"" + id + "\",\"channel\":\"" + channel + "\",\"submittedAt\":\"" + at
				+ "\",\"answers\":{\"nps\":" + nps + "}}\n";
	}

	static String id(String body) {
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	JsonNode get(String path) {
		var response = key.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	@Test
	void npsWithItsIntervalPerChannelAndAgainstThePeriodBefore() {
		JsonNode nps = get("/api/v1/metrics/nps?from=2026-03-01&to=2026-03-31&groupBy=channel&minimum=5");
		JsonNode overall = nps.get("overall");
		// 15 answers: 7 promoters, 3 passives, 5 detractors: NPS = (7 - 5) / 15 = 13.33 points;
		// var = [7/15 + 5/15 - (2/15)^2] / 15 = 0.0521481, half-width = 1.959964 * sqrt(var) = 0.447577
		assertThat(overall.get("n").asLong()).isEqualTo(15);
		assertThat(overall.get("promoters").asLong()).isEqualTo(7);
		assertThat(overall.get("passives").asLong()).isEqualTo(3);
		assertThat(overall.get("detractors").asLong()).isEqualTo(5);
		assertThat(overall.get("value").asDouble()).isCloseTo(13.33, within(0.01));
		assertThat(overall.get("ci95").get(0).asDouble()).isCloseTo(13.333 - 44.758, within(0.02));
		assertThat(overall.get("ci95").get(1).asDouble()).isCloseTo(13.333 + 44.758, within(0.02));
		assertThat(overall.get("tooFew").asBoolean()).isFalse();

		JsonNode groups = nps.get("groups");
		assertThat(groups).hasSize(2);
		assertThat(groups.get(0).get("group").asString()).isEqualTo("store");
		assertThat(groups.get(0).get("value").asDouble()).isCloseTo(-40, within(0.001));
		assertThat(groups.get(1).get("group").asString()).isEqualTo("web");
		assertThat(groups.get(1).get("value").asDouble()).isCloseTo(40, within(0.001));

		// the 31 days before: 4 detractors, NPS -100 with no spread; the change of 113.33 points is significant:
		// se = sqrt(0 + 0.0521481 * 100^2) = 22.836, z = 113.33 / 22.836 = 4.963
		assertThat(nps.get("previous").get("value").asDouble()).isEqualTo(-100);
		assertThat(nps.get("change").get("difference").asDouble()).isCloseTo(113.33, within(0.01));
		assertThat(nps.get("change").get("z").asDouble()).isCloseTo(4.96, within(0.01));
		assertThat(nps.get("change").get("significant").asBoolean()).isTrue();

		// with the default minimum of 30 answers every figure is marked
		assertThat(get("/api/v1/metrics/nps?from=2026-03-01&to=2026-03-31").get("overall").get("tooFew").asBoolean())
			.isTrue();
	}

	@Test
	void trendsFollowTheWorkspacesCalendar() {
		// a Persian workspace: months of the Persian calendar; 21 March 2026 starts 1405
		tenant = tenants.create("Metrics fa", "fa", io.tajriba.workspaces.CalendarSystem.PERSIAN);
		key = WebClient.withKey(port, tenant.apiKey());
		survey = id(key.postJson("/api/v1/surveys?template=nps-relationship", "{}").body());
		key.postJson("/api/v1/surveys/" + survey + "/publish", "");
		key.post("/api/v1/surveys/" + survey + "/responses", "application/x-ndjson",
				row("a", "web", "2026-03-19T12:00:00Z", 10) + row("b", "web", "2026-03-22T12:00:00Z", 0));
		JsonNode months = get("/api/v1/metrics/nps?from=2026-03-01&to=2026-03-31&groupBy=month").get("groups");
		assertThat(months).hasSize(2);
		assertThat(months.get(0).get("group").asString()).isEqualTo("1404-12");
		assertThat(months.get(0).get("value").asDouble()).isEqualTo(100);
		assertThat(months.get(1).get("group").asString()).isEqualTo("1405-01");
		assertThat(months.get(1).get("value").asDouble()).isEqualTo(-100);
	}

	@Test
	void csatAndCesComeWithTheirIntervals() {
		String csat = id(key.postJson("/api/v1/surveys?template=post-purchase-csat", "{}").body());
		key.postJson("/api/v1/surveys/" + csat + "/publish", "");
		StringBuilder rows = new StringBuilder();
		int[] answers = { 5, 5, 4, 4, 4, 3, 2, 1, 5, 4 };
		for (int i = 0; i < answers.length; i++) {
			rows.append("{\"id\":\"c" + i + "\",\"submittedAt\":\"2026-03-05T10:00:00Z\",\"answers\":{\"csat\":"
					+ answers[i] + ",\"repurchase\":4}}\n");
		}
		key.post("/api/v1/surveys/" + csat + "/responses", "application/x-ndjson", rows.toString());
		JsonNode overall = get("/api/v1/metrics/csat?from=2026-03-01&to=2026-03-31").get("overall");
		// 7 of 10 gave 4 or 5: 70%, Wilson 95% [39.68, 89.22]; mean 3.7
		assertThat(overall.get("n").asLong()).isEqualTo(10);
		assertThat(overall.get("value").asDouble()).isEqualTo(70);
		assertThat(overall.get("ci95").get(0).asDouble()).isCloseTo(39.68, within(0.01));
		assertThat(overall.get("ci95").get(1).asDouble()).isCloseTo(89.22, within(0.01));
		assertThat(overall.get("mean").asDouble()).isEqualTo(3.7);
		assertThat(get("/api/v1/metrics/ces?from=2026-03-01&to=2026-03-31").get("overall").get("n").asLong()).isZero();
		// every one would buy again (4 of 5): 100%, Wilson [72.25, 100]
		JsonNode repurchase = get("/api/v1/metrics/repurchase?from=2026-03-01&to=2026-03-31").get("overall");
		assertThat(repurchase.get("value").asDouble()).isEqualTo(100);
		assertThat(repurchase.get("ci95").get(0).asDouble()).isCloseTo(72.25, within(0.01));
	}

	@Test
	void theResponseRateCountsTheInvitationsAnswered() {
		String path = null;
		for (int i = 0; i < 4; i++) {
			String body = key.postJson("/api/v1/surveys/" + survey + "/invitations", "{\"locale\":\"en\"}").body();
			Matcher link = Pattern.compile("(/s/[A-Za-z0-9_-]{43})").matcher(body);
			assertThat(link.find()).isTrue();
			path = link.group(1);
		}
		assertThat(WebClient.anonymous(port).form(path, java.util.Map.of("q.nps", "9")).statusCode()).isEqualTo(200);
		JsonNode rate = get("/api/v1/metrics/kpis").get("responseRate");
		// 1 of 4: 25%, Wilson [4.56, 69.94]
		assertThat(rate.get("n").asLong()).isEqualTo(4);
		assertThat(rate.get("value").asDouble()).isEqualTo(25);
		assertThat(rate.get("ci95").get(0).asDouble()).isCloseTo(4.56, within(0.01));
		assertThat(rate.get("ci95").get(1).asDouble()).isCloseTo(69.94, within(0.01));
	}

	@Test
	void badParametersNameTheirFieldAndOtherWorkspacesSeeNothing() {
		assertThat(key.get("/api/v1/metrics/nps?groupBy=colour").body()).contains("\"field\":\"groupBy\"");
		assertThat(key.get("/api/v1/metrics/nps?groupBy=channel&then=channel").body()).contains("\"field\":\"then\"");
		assertThat(key.get("/api/v1/metrics/nps?from=2026-04-01&to=2026-03-01").body()).contains("\"field\":\"from\"");
		assertThat(key.get("/api/v1/metrics/nps?to=tomorrow").body()).contains("\"field\":\"to\"");
		assertThat(key.get("/api/v1/metrics/nps?survey=42").body()).contains("\"field\":\"survey\"");
		assertThat(key.get("/api/v1/metrics/nps?minimum=0").body()).contains("\"field\":\"minimum\"");
		WebClient other = WebClient.withKey(port, tenants.create("Metrics stranger").apiKey());
		JsonNode theirs = mapper.readTree(other.get("/api/v1/metrics/nps?from=2026-03-01&to=2026-03-31&survey=" + survey)
			.body());
		assertThat(theirs.get("overall").get("n").asLong()).isZero();
		assertThat(WebClient.anonymous(port).get("/api/v1/metrics/nps").statusCode()).isEqualTo(401);
	}
}
