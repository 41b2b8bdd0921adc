package io.tajriba.journeys.domain;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.JourneyEvents.BAD;
import static io.tajriba.journeys.domain.JourneyEvents.NONE;
import static io.tajriba.journeys.domain.JourneyEvents.ONLINE;
import static io.tajriba.journeys.domain.JourneyEvents.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Touchpoints T0 (in stage 4, online) and T1 (in stage 5, offline), eight customers, counted by hand (seconds);
 * c0, c2, c5 and c6 are of persona 0:
 * <pre>
 * c0 churned, 100: T0 bad @10, purchase @20
 * c1            : T0 bad @10
 * c2 churned, 30: purchase @3, T1 bad @5
 * c3            : T1 bad @5, purchase @6
 * c4            : T1 bad @5
 * c5 churned, 50: T0 bad @10, purchase @15, T1 bad @20
 * c6 churned    : T0 good @1       (no bad experience: compared nowhere)
 * c7            : T1 good @1
 * </pre>
 */
class PainPointAnalysisTests {

	private final JourneyEvents events = new JourneyEvents(16);
	private final JourneyCustomers customers = new JourneyCustomers(8);

	PainPointAnalysisTests() {
		bad(0, 10, 0);
		purchase(0, 20);
		bad(1, 10, 0);
		purchase(2, 3);
		bad(2, 5, 1);
		bad(3, 5, 1);
		purchase(3, 6);
		bad(4, 5, 1);
		bad(5, 10, 0);
		purchase(5, 15);
		bad(5, 20, 1);
		events.add(6, 1, 4, 0, NONE, NONE, 0);
		events.add(7, 1, 5, 1, NONE, NONE, 0);
		customers.set(0, 0, true, 100);
		customers.set(2, 0, true, 30);
		customers.set(5, 0, true, 50);
		customers.set(6, 0, true, 70);
	}

	private void bad(int customer, long second, int touchpoint) {
		events.add(customer, second, 4 + touchpoint, touchpoint, NONE, NONE, BAD | (touchpoint == 0 ? ONLINE : 0));
	}

	private void purchase(int customer, long second) {
		events.add(customer, second, NONE, NONE, NONE, NONE, PURCHASE);
	}

	@Test
	void churnAfterABadExperienceHereAgainstOneElsewhere() {
		PainPoints points = PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL, Outcome.CHURN, 1);
		assertThat(points.customersWithBadExperience()).isEqualTo(6);
		// without a bad experience: c6 churned, c7 did not
		assertThat(points.noBadExperience()).isEqualTo(Rate.of(1, 2));
		// T0: c0 c5 of c0 c1 c5 churned; elsewhere only: c2 of c2 c3 c4. RR (2/3)/(1/3) = 2, excess 2 - 3/3 = 1
		PainPoint t0 = points.touchpoints().get(0);
		assertThat(t0.code()).isZero();
		assertThat(t0.exposedRate()).isEqualTo(Rate.of(2, 3));
		assertThat(t0.comparisonRate()).isEqualTo(Rate.of(1, 3));
		assertThat(t0.relativeRisk()).isEqualTo(RelativeRisk.katz(2, 1, 1, 2));
		assertThat(t0.relativeRisk().value()).isCloseTo(2, within(1e-12));
		assertThat(t0.excessCustomers()).isCloseTo(1, within(1e-12));
		assertThat(t0.lostRevenue()).isEqualTo(150);
		assertThat(t0.excessRevenue()).isCloseTo(75, within(1e-9));
		// T1: c2 c5 of c2 c3 c4 c5 churned; elsewhere only: c0 of c0 c1. RR (2/4)/(1/2) = 1, excess 0
		PainPoint t1 = points.touchpoints().get(1);
		assertThat(t1.code()).isEqualTo(1);
		assertThat(t1.exposedRate()).isEqualTo(Rate.of(2, 4));
		assertThat(t1.comparisonRate()).isEqualTo(Rate.of(1, 2));
		assertThat(t1.relativeRisk().value()).isCloseTo(1, within(1e-12));
		assertThat(t1.excessCustomers()).isCloseTo(0, within(1e-12));
		assertThat(t1.lostRevenue()).isEqualTo(80);
		assertThat(t1.excessRevenue()).isZero();
		// T2 had nobody; the stages mirror the touchpoints
		assertThat(points.touchpoints()).hasSize(2);
		assertThat(points.stages()).map(PainPoint::code).containsExactly(4, 5);
		assertThat(points.stages().get(0).relativeRisk()).isEqualTo(t0.relativeRisk());
	}

	@Test
	void noRepurchaseAfterTheFirstBadExperienceThere() {
		// after the first bad experience anywhere: c1 c2 c4 buy no more, c0 c3 c5 do
		// T0: only c1 of c0 c1 c5 (c5 bought at 15, after T0 at 10); elsewhere only: c2 c4 of c2 c3 c4
		// T1: c2 c4 c5 of c2 c3 c4 c5 (c5 bought nothing after T1 at 20); elsewhere only: c1 of c0 c1
		PainPoints points = PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL, Outcome.NO_REPURCHASE,
				1);
		// c6 and c7 bought nothing after their first interaction
		assertThat(points.noBadExperience()).isEqualTo(Rate.of(2, 2));
		PainPoint t1 = points.touchpoints().get(0);
		assertThat(t1.code()).isEqualTo(1);
		assertThat(t1.exposedRate()).isEqualTo(Rate.of(3, 4));
		assertThat(t1.comparisonRate()).isEqualTo(Rate.of(1, 2));
		assertThat(t1.relativeRisk().value()).isCloseTo(1.5, within(1e-12));
		assertThat(t1.excessCustomers()).isCloseTo(1, within(1e-12));
		assertThat(t1.lostRevenue()).isEqualTo(80);
		PainPoint t0 = points.touchpoints().get(1);
		assertThat(t0.exposedRate()).isEqualTo(Rate.of(1, 3));
		assertThat(t0.comparisonRate()).isEqualTo(Rate.of(2, 3));
		assertThat(t0.relativeRisk().value()).isCloseTo(0.5, within(1e-12));
		assertThat(t0.excessCustomers()).isCloseTo(-1, within(1e-12));
	}

	@Test
	void smallGroupsAreLeftOut() {
		// T0 has 3 exposed and 3 elsewhere, T1 4 and 2
		assertThat(PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL, Outcome.CHURN, 3).touchpoints())
			.map(PainPoint::code).containsExactly(0);
		assertThat(PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL, Outcome.CHURN, 4).touchpoints())
			.isEmpty();
	}

	@Test
	void windowCountsOnlyTheBadExperiencesInIt() {
		// from 8: c2 c3 c4 had theirs at 5, so only c0 c1 c5 count, all at T0 (none elsewhere only: left out);
		// T1 keeps c5's at 20 against c0 c1
		PainPoints points = PainPointAnalysis.rank(events, customers, 3, 6, new TimeWindow(8, 100), Outcome.CHURN,
				1);
		assertThat(points.customersWithBadExperience()).isEqualTo(3);
		assertThat(points.touchpoints()).singleElement().satisfies(t1 -> {
			assertThat(t1.code()).isEqualTo(1);
			assertThat(t1.exposedRate()).isEqualTo(Rate.of(1, 1));
			assertThat(t1.comparisonRate()).isEqualTo(Rate.of(1, 2));
		});
	}

	@Test
	void aPersonaComparesItsOwnCustomersOnly() {
		// persona 0: c0 (T0), c2 (T1), c5 (T0, T1) had bad experiences, all churned; c6 none, churned
		PainPoints points = PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL, Outcome.CHURN, 1,
				FunnelSegment.persona(0, ChannelKind.ANY));
		assertThat(points.customersWithBadExperience()).isEqualTo(3);
		assertThat(points.noBadExperience()).isEqualTo(Rate.of(1, 1));
		PainPoint t0 = points.touchpoints().stream().filter(p -> p.code() == 0).findFirst().orElseThrow();
		assertThat(t0.exposed()).isEqualTo(2);
		assertThat(t0.comparison()).isEqualTo(1);
	}

	@Test
	void channelsDecideWhichExperiencesCountButNotTheOutcome() {
		// online: only T0's bad experiences (c0 c1 c5), none elsewhere online to compare with
		PainPoints online = PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL, Outcome.CHURN, 1,
				FunnelSegment.persona(FunnelSegment.ANY, ChannelKind.ONLINE));
		assertThat(online.customersWithBadExperience()).isEqualTo(3);
		assertThat(online.touchpoints()).isEmpty();
		// offline: T1's (c2 c3 c4 c5); c0 (a purchase, churned), c6 (churned) and c7 had offline contact only
		PainPoints offline = PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL, Outcome.CHURN, 1,
				FunnelSegment.persona(FunnelSegment.ANY, ChannelKind.OFFLINE));
		assertThat(offline.customersWithBadExperience()).isEqualTo(4);
		assertThat(offline.noBadExperience()).isEqualTo(Rate.of(2, 3));
		// c5's repurchase at 15 was offline, after the online failure at 10: not "no repurchase" after T0
		PainPoints noRepurchase = PainPointAnalysis.rank(events, customers, 3, 6, TimeWindow.ALL,
				Outcome.NO_REPURCHASE, 1, FunnelSegment.persona(FunnelSegment.ANY, ChannelKind.ONLINE));
		assertThat(noRepurchase.customersWithBadExperience()).isEqualTo(3);
	}

	@Test
	void rankedByTheLowerEndOfTheRelativeRisk() {
		// T0: 40 of 50 churn against 210 of 500 elsewhere: RR 1.905, se 0.0881, lower end 1.603, excess 19;
		// T1: 200 of 400 against 50 of 150: RR 1.5, se 0.1258, lower end 1.172, excess 66.7;
		// T2: 10 of 100 against 240 of 450: below 1
		var many = new JourneyEvents(600);
		var outcomes = new JourneyCustomers(550);
		int customer = 0;
		customer = group(many, outcomes, customer, 0, 50, 40);
		customer = group(many, outcomes, customer, 1, 400, 200);
		group(many, outcomes, customer, 2, 100, 10);
		PainPoints points = PainPointAnalysis.rank(many, outcomes, 3, 6, TimeWindow.ALL, Outcome.CHURN, 30);
		assertThat(points.touchpoints()).map(PainPoint::code).containsExactly(0, 1, 2);
		assertThat(points.touchpoints().get(0).relativeRisk().ciLow()).isCloseTo(1.603, within(1e-3));
		assertThat(points.touchpoints().get(0).excessCustomers()).isCloseTo(19, within(1e-9));
		assertThat(points.touchpoints().get(1).relativeRisk().ciLow()).isCloseTo(1.172, within(1e-3));
		assertThat(points.touchpoints().get(1).excessCustomers()).isCloseTo(200 - 400 / 3.0, within(1e-9));
		assertThat(points.touchpoints().get(2).relativeRisk().raised()).isFalse();
	}

	private static int group(JourneyEvents events, JourneyCustomers outcomes, int first, int touchpoint, int size,
			int churned) {
		for (int i = 0; i < size; i++) {
			events.add(first + i, 1, NONE, touchpoint, NONE, NONE, BAD);
			outcomes.set(first + i, JourneyCustomers.NO_PERSONA, i < churned, 10);
		}
		return first + size;
	}
}
