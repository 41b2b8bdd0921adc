package io.tajriba.journeys;

import java.time.LocalDate;
import java.util.List;

import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.demo.domain.PainPoint;
import io.tajriba.demo.internal.DemoLoads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the demo company loaded as {@code ./tajriba demo} loads it, the API's pain points put the touchpoints where
 * the generator makes bad experiences drive customers away on top, and its funnel adds up.
 */
@TajribaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoJourneyApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces tenants;

	@Autowired
	DemoLoads demo;

	@Autowired
	ObjectMapper mapper;

	WebClient key;
	JsonNode analysis;

	@BeforeAll
	void load() {
		Tenant tenant = tenants.create("Demo journeys");
		demo.load(tenant.workspace().id(), 3_000, 20261126L);
		key = WebClient.withKey(port, tenant.apiKey());
		String journey = get("/api/v1/journeys").get(0).get("id").asString();
		LocalDate today = LocalDate.now();
		analysis = get("/api/v1/journeys/" + journey + "/analysis?from=" + today.minusDays(400) + "&to="
				+ today.plusDays(1));
	}

	JsonNode get(String path) {
		var response = key.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	@Test
	void thePlantedPainPointsComeFirst() {
		JsonNode ranked = analysis.get("painPoints").get("touchpoints");
		List<String> top = ranked.valueStream().limit(3).map(p -> p.get("name").asString()).toList();
		System.out.println("Demo pain points: " + ranked.valueStream().limit(5)
			.map(p -> p.get("rank") + ". " + p.get("name").asString() + " RR " + p.get("relativeRisk").get("value")
					+ " [" + p.get("relativeRisk").get("ciLow") + ", " + p.get("relativeRisk").get("ciHigh") + "]")
			.toList());
		assertThat(top).containsExactlyInAnyOrderElementsOf(PainPoint.PLANTED.stream().map(PainPoint::touchpoint)
			.toList());
		for (JsonNode point : ranked.valueStream().limit(3).toList()) {
			assertThat(point.get("relativeRisk").get("value").asDouble()).isGreaterThan(1);
			assertThat(point.get("excessCustomers").asDouble()).isPositive();
			assertThat(point.get("lostRevenue").asDouble()).isPositive();
		}
		assertThat(ranked(0).get("relativeRisk").get("ciLow").asDouble()).isGreaterThan(1);
		for (JsonNode point : ranked.valueStream().limit(3).toList()) {
			String name = point.get("name").asString();
			if (!name.startsWith("branch")) {
				assertThat(point.get("stage").asString()).isEqualTo(name.equals("checkout") ? "action" : "use");
			}
		}
	}

	JsonNode ranked(int index) {
		return analysis.get("painPoints").get("touchpoints").get(index);
	}

	@Test
	void theFunnelAddsUp() {
		long customers = analysis.get("customers").asLong();
		assertThat(customers).isBetween(2_000L, 3_000L);
		for (JsonNode stage : analysis.get("stages")) {
			long reached = stage.get("reached").asLong();
			assertThat(reached).isLessThanOrEqualTo(customers);
			assertThat(stage.get("reach").get("n").asLong()).isEqualTo(customers);
			if (stage.has("conversion")) {
				assertThat(stage.get("conversion").get("successes").asLong()
						+ stage.get("dropOff").get("successes").asLong()).isEqualTo(reached);
			}
		}
		assertThat(analysis.get("stages").get(4).get("csat").get("n").asLong()).isPositive();
		assertThat(analysis.get("stages").get(5).get("ces").get("n").asLong()).isPositive();
		assertThat(analysis.get("stages").get(5).get("badExperience").get("value").asDouble()).isPositive();
	}
}
