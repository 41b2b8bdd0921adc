package io.tajriba.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo company's answers carry the checkout redesign as {@link CheckoutRedesign} says: CSAT at the web checkout
 * rises by the planted effect in the weeks after the launch, the app's cart and the stores stay as they were.
 */
class CheckoutRedesignTests {

	@Test
	void thePlantedEffectIsWorkedOutFromTheGenerator() {
		// b = 0.20: f = 0.1 / 0.9 = 1/9 of the answers follow a failure; (8/9) · 0.9/3 · 100 = 26.67 points
		assertThat(CheckoutRedesign.plantedEffect()).isCloseTo(26.667, org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void theCheckoutRisesByThePlantedEffectAndTheOthersDoNot() {
		Instant end = DemoCompanyTests.END;
		Instant launch = CheckoutRedesign.launch(end);
		Instant from = launch.minus(Duration.ofDays(7L * CheckoutRedesign.WEEKS));
		Instant to = launch.plus(Duration.ofDays(7L * CheckoutRedesign.WEEKS));
		Map<String, long[]> counts = new HashMap<>();
		for (DemoCustomer customer : new DemoCompany(new DemoSizes(20_000, 365, 3, end))) {
			for (Feedback.Response r : customer.responses()) {
				JsonNode json = DemoCompanyTests.MAPPER.readTree(r.json());
				Instant at = Instant.parse(json.get("submittedAt").stringValue());
				if (!r.survey().equals(Feedback.PURCHASE) || at.isBefore(from) || !at.isBefore(to)) {
					continue;
				}
				String unit = json.get("touchpoint").stringValue().equals("checkout") ? "checkout" : "others";
				long[] c = counts.computeIfAbsent(unit + (at.isBefore(launch) ? ":before" : ":after"), k -> new long[2]);
				c[0]++;
				c[1] += json.get("answers").get("csat").intValue() >= 4 ? 1 : 0;
			}
		}
		double checkout = share(counts, "checkout:after") - share(counts, "checkout:before");
		double others = share(counts, "others:after") - share(counts, "others:before");
		// thousands of answers a side: the changes are within two or three points of what was planted
		assertThat(counts.get("checkout:before")[0]).isGreaterThan(2_000);
		assertThat(checkout).isCloseTo(CheckoutRedesign.plantedEffect(), org.assertj.core.data.Offset.offset(3.0));
		assertThat(others).isCloseTo(0, org.assertj.core.data.Offset.offset(2.5));
		assertThat(share(counts, "checkout:before")).isCloseTo(100 * (8.0 / 9) * (2.0 / 3),
				org.assertj.core.data.Offset.offset(3.0));
	}

	private static double share(Map<String, long[]> counts, String key) {
		long[] c = counts.get(key);
		return 100.0 * c[1] / c[0];
	}
}
