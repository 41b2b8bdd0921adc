package io.tajriba.journeys.domain;

import java.util.Arrays;
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
		List<String> planted = io.tajriba.demo.domain.PainPoint.PLANTED.stream()
			.map(io.tajriba.demo.domain.PainPoint::touchpoint).toList();
		assertThat(points.touchpoints().subList(0, 3)).map(p -> demo.touchpoints.name(p.code()))
			.containsExactlyInAnyOrderElementsOf(planted);
		assertThat(points.touchpoints().subList(0, 3)).allMatch(p -> p.relativeRisk().raised())
			.allMatch(p -> p.excessCustomers() > 0 && p.excessRevenue() > 0);
		assertThat(points.noBadExperience().value()).isLessThan(points.touchpoints().get(2).exposedRate().value());
	}

	@Test
	void everyStageReachedByTheCustomersWhoseRowsNameIt() {
		Funnel funnel = FunnelAnalysis.run(demo.events, demo.customers, demo.map.size(), TimeWindow.ALL,
				FunnelSegment.ALL);
		assertThat(funnel.customers()).isEqualTo(demo.sizes.customers());
		assertThat(funnel.stages()).map(StageFunnel::reached)
			.containsExactly(Arrays.stream(demo.customersNamingStage).boxed().toArray(Long[]::new));
	}

	@Test
	void failedCheckoutsAreRetriedSoTheyDoNotStopRepurchase() {
		// the generator lets half the customers whose payment failed buy right after: a bad checkout is
		// followed by no repurchase less often than a bad experience elsewhere, while the IVR stays on top
		PainPoints points = PainPointAnalysis.rank(demo.events, demo.customers, demo.touchpoints.size(),
				demo.map.size(), TimeWindow.ALL, Outcome.NO_REPURCHASE, PainPointAnalysis.DEFAULT_MINIMUM_GROUP);
		assertThat(demo.touchpoints.name(points.touchpoints().getFirst().code())).isEqualTo("IVR billing");
		PainPoint checkout = points.touchpoints().stream()
			.filter(p -> demo.touchpoints.name(p.code()).equals("checkout")).findFirst().orElseThrow();
		assertThat(checkout.relativeRisk().ciHigh()).isLessThan(1);
	}
}
