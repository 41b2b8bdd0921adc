package io.tajriba.demo.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCompanyTests {

	static final ObjectMapper MAPPER = JsonMapper.builder().build();
	static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

	static List<DemoCustomer> company(int customers, long seed) {
		List<DemoCustomer> all = new ArrayList<>();
		new DemoCompany(new DemoSizes(customers, 365, seed, END)).forEach(all::add);
		return all;
	}

	@Test
	void theSameSeedMakesTheSameCompanyAndAnotherSeedAnotherOne() {
		List<DemoCustomer> first = company(200, 7);
		assertThat(company(200, 7)).isEqualTo(first);
		assertThat(company(200, 8)).isNotEqualTo(first);
		assertThat(first).hasSize(200);
		// a customer's story does not depend on how many others there are
		assertThat(company(50, 7)).isEqualTo(first.subList(0, 50));
	}

	@Test
	void everyRowHasWhatTheApiRequiresAndFallsInThePeriod() {
		Set<String> ids = new HashSet<>();
		for (DemoCustomer customer : company(300, 1)) {
			assertThat(customer.customerRows()).isNotEmpty();
			assertThat(MAPPER.readTree(customer.customerRows().getFirst()).get("id").stringValue())
				.isEqualTo(customer.externalId());
			for (String row : customer.interactionRows()) {
				JsonNode json = MAPPER.readTree(row);
				assertThat(ids.add(json.get("id").stringValue())).isTrue();
				assertThat(json.get("customer").stringValue()).isEqualTo(customer.externalId());
				assertThat(json.get("type").stringValue()).matches("[a-z_]+");
				assertThat(json.get("channel").stringValue()).matches("[a-z_]+");
				Instant at = Instant.parse(json.get("occurredAt").stringValue());
				assertThat(at).isBefore(END).isAfter(END.minusSeconds(366L * 86_400));
				assertThat(json.get("properties").get("stage").stringValue()).isIn("awareness", "discovery",
						"interest", "consideration", "action", "use", "advocacy");
			}
		}
		assertThat(ids.size() / 300.0).as("interactions a customer").isBetween(10.0, 60.0);
	}

	@Test
	void twentyAgentsPurchasesAndReviewsInFourLanguages() {
		Set<String> agents = new HashSet<>();
		Set<String> scripts = new HashSet<>();
		double revenue = 0;
		for (DemoCustomer customer : company(1_000, 3)) {
			for (String row : customer.interactionRows()) {
				JsonNode json = MAPPER.readTree(row);
				if (json.has("agent")) {
					agents.add(json.get("agent").stringValue());
				}
				if (json.get("type").stringValue().equals("purchase")) {
					revenue += json.get("value").doubleValue();
				}
				if (json.get("type").stringValue().equals("review")) {
					String text = json.get("text").stringValue();
					scripts.add(text.matches(".*[\\u05D0-\\u05EA].*") ? "he" : text.matches(".*[پچژگکی].*") ? "fa"
							: text.matches(".*[\\u0600-\\u06FF].*") ? "ar" : "en");
				}
			}
		}
		assertThat(agents).hasSize(20);
		assertThat(scripts).containsExactlyInAnyOrder("en", "fa", "ar", "he");
		assertThat(revenue).isGreaterThan(10_000);
	}

	@Test
	void badExperiencesAtThePlantedTouchpointsDriveChurn() {
		int plantedBad = 0;
		int plantedChurned = 0;
		int otherBad = 0;
		int otherChurned = 0;
		Set<String> planted = new HashSet<>();
		PainPoint.PLANTED.forEach(p -> planted.add(p.channel() + "/" + p.touchpoint()));
		for (DemoCustomer customer : company(4_000, 11)) {
			if (customer.badTouchpoints().stream().anyMatch(planted::contains)) {
				plantedBad++;
				plantedChurned += customer.churned() ? 1 : 0;
			}
			else if (!customer.badTouchpoints().isEmpty()) {
				otherBad++;
				otherChurned += customer.churned() ? 1 : 0;
			}
		}
		double plantedRate = (double) plantedChurned / plantedBad;
		double otherRate = (double) otherChurned / otherBad;
		assertThat(plantedBad).isGreaterThan(300);
		assertThat(otherBad).isGreaterThan(300);
		assertThat(plantedRate).as("churn after a planted pain point vs elsewhere: %s vs %s", plantedRate, otherRate)
			.isGreaterThan(2.5 * otherRate);
	}

	@Test
	void theThreePersonasAreAllThere() {
		Set<Persona> personas = new HashSet<>();
		company(200, 5).forEach(c -> personas.add(c.persona()));
		assertThat(personas).containsExactlyInAnyOrder(Persona.values());
	}
}
