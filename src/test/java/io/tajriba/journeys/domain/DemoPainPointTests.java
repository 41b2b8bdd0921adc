package io.tajriba.journeys.domain;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** On the demo company, the touchpoints its generator makes customers leave over come out on top. */
class DemoPainPointTests {

	private static DemoJourneys demo;

	@BeforeAll
	static void generate() {
		demo = new DemoJourneys(10_000, 20261123L);
	}

	@Test
	void plantedPainPointsRankFirst() {
		PainPoints points = PainPointAnalysis.rank(demo.events, demo.customers, demo.touchpoints.size(),
				demo.map.size(), TimeWindow.ALL, Outcome.CHURN, PainPointAnalysis.DEFAULT_MINIMUM_GROUP);
		print(points.touchpoints());
		List<String> planted = io.tajriba.demo.domain.PainPoint.PLANTED.stream()
			.map(io.tajriba.demo.domain.PainPoint::touchpoint).toList();
		assertThat(points.touchpoints().subList(0, 3)).map(p -> demo.touchpoints.name(p.code()))
			.containsExactlyInAnyOrderElementsOf(planted);
		assertThat(points.touchpoints().subList(0, 3)).allMatch(p -> p.relativeRisk().raised());
	}

	private static void print(List<PainPoint> points) {
		for (PainPoint p : points) {
			System.out.printf("%-22s exposed %5d %.3f vs %5d %.3f RR %.2f [%.2f, %.2f] excess %.1f lost %.0f excessRev %.0f%n",
					demo.touchpoints.name(p.code()), p.exposed(), p.exposedRate().value(), p.comparison(),
					p.comparisonRate().value(), p.relativeRisk().value(), p.relativeRisk().ciLow(),
					p.relativeRisk().ciHigh(), p.excessCustomers(), p.lostRevenue(), p.excessRevenue());
		}
	}
}
