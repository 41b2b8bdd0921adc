package io.tajriba.journeys.domain;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A million interactions of 50,000 customers pass the funnel and pain point analyses in one scan each. */
class LargeVolumeTests {

	private static final int CUSTOMERS = 50_000;
	private static final int EVENTS = 1_000_000;
	private static final int TOUCHPOINTS = 40;
	private static final int STAGES = 7;

	@Test
	void aMillionInteractions() {
		var random = new SplittableRandom(42);
		var events = new JourneyEvents(EVENTS);
		var customers = new JourneyCustomers(CUSTOMERS);
		int perCustomer = EVENTS / CUSTOMERS;
		for (int c = 0; c < CUSTOMERS; c++) {
			customers.set(c, random.nextInt(3), random.nextDouble() < 0.2, random.nextDouble() * 500);
			long time = 1_700_000_000L + random.nextLong(86_400 * 30);
			int stage = 0;
			for (int i = 0; i < perCustomer; i++) {
				time += random.nextLong(60, 86_400);
				int touchpoint = random.nextInt(TOUCHPOINTS);
				// touchpoint 0 goes wrong often and its customers are marked as churned more often below
				boolean bad = random.nextDouble() < (touchpoint == 0 ? 0.3 : 0.05);
				if (bad && touchpoint == 0 && random.nextDouble() < 0.3) {
					customers.set(c, customers.persona(c), true, customers.revenue(c));
				}
				events.add(c, time, stage, touchpoint, touchpoint % 5, touchpoint % 10,
						JourneyEvents.flags(touchpoint % 2 == 0, bad, touchpoint == 7));
				stage = Math.min(STAGES - 1, stage + (random.nextDouble() < 0.3 ? 1 : 0));
			}
		}
		List<Funnel> funnels = FunnelAnalysis.run(events, customers, STAGES, TimeWindow.ALL, List.of(
				FunnelSegment.ALL, FunnelSegment.persona(0, ChannelKind.ONLINE),
				FunnelSegment.persona(0, ChannelKind.OFFLINE)));
		PainPoints points = PainPointAnalysis.rank(events, customers, TOUCHPOINTS, STAGES, TimeWindow.ALL,
				Outcome.CHURN, PainPointAnalysis.DEFAULT_MINIMUM_GROUP);
		assertThat(events.size()).isEqualTo(EVENTS);
		assertThat(funnels.getFirst().customers()).isEqualTo(CUSTOMERS);
		assertThat(funnels.getFirst().stages().getFirst().reached()).isEqualTo(CUSTOMERS);
		assertThat(points.touchpoints().getFirst().code()).isZero();
	}
}
