package io.tajriba.quality.domain;

import java.util.List;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.Standings.Entry;
import io.tajriba.quality.domain.Standings.Standing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Agents' figures, their shrinkage towards the team and their ranks, against cases worked out by hand. */
class AgentFigureTests {

	@Test
	void csatIsTheShareOfFoursAndFivesWithItsWilsonInterval() {
		// 36 of 40 satisfied: p = 0.9, z² = 3.841459; centre (0.9 + z²/80) / (1 + z²/40) = 0.864951,
		// half-width z / (1 + z²/40) · sqrt(0.9 · 0.1 / 40 + z² / 6400) = 0.095469
		Figure csat = AgentMetric.CSAT.figure(new long[] { 2, 1, 1, 6, 30 });
		assertThat(csat.n()).isEqualTo(40);
		assertThat(csat.value()).isEqualTo(90);
		assertThat(csat.low()).isCloseTo(76.948, within(0.001));
		assertThat(csat.high()).isCloseTo(96.042, within(0.001));
		// unanimous: the interval still says how little three answers tell
		Figure three = Figure.share(3, 3);
		assertThat(three.value()).isEqualTo(100);
		assertThat(three.low()).isCloseTo(43.850, within(0.001));
		assertThat(three.high()).isEqualTo(100);
	}

	@Test
	void npsAndTheShareOfDetractorsComeFromTheSameAnswers() {
		// 7 promoters, 3 passives, 5 detractors: (7 − 5) / 15 = 13.33 points; var = [7/15 + 5/15 − (2/15)²] / 15
		// = 0.0521481, half-width 1.959964 · sqrt(var) · 100 = 44.758 (as the metrics module computes it)
		long[] answers = { 1, 0, 1, 2, 0, 1, 0, 2, 1, 3, 4 };
		Figure nps = AgentMetric.NPS.figure(answers);
		assertThat(nps.n()).isEqualTo(15);
		assertThat(nps.value()).isCloseTo(13.333, within(0.001));
		assertThat(nps.low()).isCloseTo(13.333 - 44.758, within(0.002));
		assertThat(nps.high()).isCloseTo(13.333 + 44.758, within(0.002));
		Figure detractors = AgentMetric.DETRACTORS.figure(answers);
		assertThat(detractors.value()).isCloseTo(100.0 * 5 / 15, within(1e-9));
		assertThat(AgentMetric.DETRACTORS.higherIsBetter()).isFalse();
	}

	@Test
	void cesIsTheMeanAnswerWithItsTIntervalKeptOnTheScale() {
		// 7, 7, 6, 5: mean 6.25, s² = (0.5625 · 2 + 0.0625 + 1.5625) / 3 = 0.916667, t(3) = 3.182446,
		// half-width 3.182446 · sqrt(0.916667 / 4) = 1.523479; the top end is cut at 7
		Figure ces = AgentMetric.CES.figure(new long[] { 0, 0, 0, 0, 1, 1, 2 });
		assertThat(ces.value()).isEqualTo(6.25);
		assertThat(ces.low()).isCloseTo(4.7265, within(0.0001));
		assertThat(ces.high()).isEqualTo(7);
		// for shrinkage the spread is taken as at least one point: 1 / 4
		assertThat(ces.variance()).isEqualTo(0.25);
		// one answer tells nothing of the spread: the whole scale
		Figure one = AgentMetric.CES.figure(new long[] { 0, 0, 0, 0, 0, 0, 1 });
		assertThat(one.low()).isEqualTo(1);
		assertThat(one.high()).isEqualTo(7);
	}

	@Test
	void noAnswersGiveTheWholeRangeAndNoStanding() {
		Figure none = AgentMetric.CSAT.figure(new long[5]);
		assertThat(none.n()).isZero();
		assertThat(none.low()).isZero();
		assertThat(none.high()).isEqualTo(100);
		List<Standing> standings = Standings.of(List.of(new Entry("t", none)), true);
		assertThat(standings.getFirst().shrunk()).isNull();
		assertThat(standings.getFirst().rank()).isNull();
	}

	@Test
	void anAgentWithThreeAnswersIsPulledTowardsTheTeamAndTiesWithWhomTheyOverlap() {
		// one team: 36/40, 16/40 and 3/3 satisfied; variances (in %²) by Shrinkage.shareVariance: 24.4274, 60.1205,
		// 364.583. DerSimonian–Laird: tau² = 1047.38, team mean 75.0386; shrunk = mu + tau²/(tau² + v)·(x − mu)
		List<Entry> team = List.of(new Entry("t", Figure.share(36, 40)), new Entry("t", Figure.share(16, 40)),
				new Entry("t", Figure.share(3, 3)));
		List<Standing> standings = Standings.of(team, true);
		assertThat(standings.get(0).shrunk()).isCloseTo(89.659, within(0.001));
		assertThat(standings.get(1).shrunk()).isCloseTo(41.902, within(0.001));
		assertThat(standings.get(2).shrunk()).isCloseTo(93.555, within(0.001));
		// [76.9, 96.0] lies wholly above [26.3, 55.4]; [43.9, 100] overlaps both, so it ties with the best
		assertThat(standings).extracting(Standing::rank).containsExactly(1, 2, 1);
	}

	@Test
	void agentsAreShrunkWithinTheirOwnTeamAndLowerIsBetterForDetractors() {
		// alone in their team an agent keeps their own figure: there is no one to be pulled towards
		List<Entry> entries = List.of(new Entry("a", Figure.share(4, 40)), new Entry("b", Figure.share(30, 40)),
				new Entry(null, Figure.share(20, 40)));
		List<Standing> standings = Standings.of(entries, false);
		assertThat(standings.get(0).shrunk()).isCloseTo(10, within(1e-9));
		assertThat(standings.get(1).shrunk()).isCloseTo(75, within(1e-9));
		// 10% [4.0, 23.1] detractors is best; 50% [35.2, 64.8] next; 75% [59.8, 85.8] overlaps 50% and ties with it
		assertThat(standings).extracting(Standing::rank).containsExactly(1, 2, 2);
	}

	@Test
	void theLastAgentCountsUnlessTheWorkspaceChoosesTheFirst() {
		assertThat(AttributionRule.LAST.pick(List.of("Sara", " ", "Omid"))).contains("Omid");
		assertThat(AttributionRule.FIRST.pick(List.of("Sara", "Omid"))).contains("Sara");
		assertThat(AttributionRule.LAST.pick(List.of())).isEmpty();
		assertThat(AttributionRule.of("attribution", " First ")).isEqualTo(AttributionRule.FIRST);
		assertThatThrownBy(() -> AttributionRule.of("attribution", "middle")).isInstanceOf(InvalidFieldException.class)
			.extracting("field").isEqualTo("attribution");
	}
}
