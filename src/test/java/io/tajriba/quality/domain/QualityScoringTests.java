package io.tajriba.quality.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import io.tajriba.quality.domain.Shrinkage.Estimate;
import io.tajriba.quality.domain.TieRanking.Interval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Review scores, shrinkage and ranks against cases worked out by hand. */
class QualityScoringTests {

	static final List<Criterion> CARD = List.of(new Criterion("greet", Scale.YES_NO, 1, false, false),
			new Criterion("solve", Scale.FIVE, 3, false, false), new Criterion("tone", Scale.THREE, 2, true, false),
			new Criterion("privacy", Scale.YES_NO, 1, false, true));

	static Map<String, Integer> answers(Integer greet, Integer solve, Integer tone, Integer privacy) {
		Map<String, Integer> answers = new HashMap<>();
		answers.put("greet", greet);
		answers.put("solve", solve);
		answers.put("tone", tone);
		answers.put("privacy", privacy);
		return answers;
	}

	@Test
	void weightedMeanOfTheApplicableCriteria() {
		// greet 1 → 1, solve 4 of 1..5 → 0.75, tone N/A, privacy 1 → 1: (1 + 3·0.75 + 1) / (1 + 3 + 1) = 0.85
		ReviewScore na = ReviewScore.of(CARD, answers(1, 4, null, 1));
		assertThat(na.score()).isCloseTo(0.85, within(1e-12));
		assertThat(na.criteria()).containsEntry("solve", 0.75).doesNotContainKey("tone");
		// tone 2 of 1..3 → 0.5: (1 + 2.25 + 2·0.5 + 1) / 7 = 0.75
		assertThat(ReviewScore.of(CARD, answers(1, 4, 2, 1)).score()).isCloseTo(0.75, within(1e-12));
	}

	@Test
	void aFailedCriticalCriterionSetsTheReviewToZero() {
		ReviewScore failed = ReviewScore.of(CARD, answers(1, 5, 3, 0));
		assertThat(failed.score()).isZero();
		assertThat(failed.autoFail()).isTrue();
		assertThat(failed.autoFailed()).containsExactly("privacy");
		// the same answers without the breach: everything else perfect
		assertThat(ReviewScore.of(CARD, answers(1, 5, 3, 1)).score()).isEqualTo(1.0);
	}

	@Test
	void badAnswersNameTheirCriterion() {
		assertThatThrownBy(() -> ReviewScore.of(CARD, answers(1, 6, 2, 1))).isInstanceOf(InvalidFieldException.class)
			.extracting("field").isEqualTo("scores.solve");
		assertThatThrownBy(() -> ReviewScore.of(CARD, answers(null, 3, 2, 1)))
			.hasMessageContaining("cannot be N/A").extracting("field").isEqualTo("scores.greet");
		Map<String, Integer> missing = answers(1, 3, 2, 1);
		missing.remove("privacy");
		assertThatThrownBy(() -> ReviewScore.of(CARD, missing)).extracting("field").isEqualTo("scores.privacy");
		Map<String, Integer> extra = answers(1, 3, 2, 1);
		extra.put("smile", 1);
		assertThatThrownBy(() -> ReviewScore.of(CARD, extra)).extracting("field").isEqualTo("scores.smile");
		assertThat(ReviewScore.of(List.of(new Criterion("tone", Scale.THREE, 2, true, false)),
				new HashMap<>(java.util.Collections.singletonMap("tone", null))).score()).isNull();
	}

	@Test
	void agentsWithLittleEvidenceArePulledTowardsTheTeam() {
		// weights 100, 100, 25; fixed mean 0.75; Q = 4.5; tau² = (4.5 − 2) / (225 − 20625/225) = 0.01875
		var result = Shrinkage.of(List.of(new Estimate(0.9, 0.01), new Estimate(0.6, 0.01), new Estimate(0.75, 0.04)));
		assertThat(result.tau2()).isCloseTo(0.01875, within(1e-12));
		assertThat(result.mean()).isCloseTo(0.75, within(1e-12));
		// 0.75 + 0.01875 / 0.02875 · 0.15
		assertThat(result.shrunk().get(0)).isCloseTo(0.847826, within(1e-6));
		assertThat(result.shrunk().get(1)).isCloseTo(0.652174, within(1e-6));
		assertThat(result.shrunk().get(2)).isCloseTo(0.75, within(1e-12));
		// two agents no more apart than chance: both get the team's mean
		var alike = Shrinkage.of(List.of(new Estimate(0.5, 0.01), new Estimate(0.52, 0.01)));
		assertThat(alike.tau2()).isZero();
		assertThat(alike.shrunk()).allSatisfy(v -> assertThat(v).isCloseTo(0.51, within(1e-12)));
		// 9 of 10: p = 9.5 / 11, variance p(1 − p) / 10
		assertThat(Shrinkage.shareVariance(9, 10)).isCloseTo(9.5 / 11 * (1.5 / 11) / 10, within(1e-15));
	}

	@Test
	void overlappingIntervalsAreTies() {
		var ranks = TieRanking.ranks(List.of(new Interval(0.8, 0.9), new Interval(0.75, 0.85), new Interval(0.5, 0.7),
				new Interval(0.1, 0.3)));
		assertThat(ranks).containsExactly(1, 1, 3, 4);
	}
}
