package io.tajriba.quality.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What a training need becomes, whom a coached agent is compared with, and the figures shown beside a need. */
class TrainingNeedSuggestionTests {

	@Test
	void aNeedSharedByAThirdOfTheTeamIsAGroupTraining() {
		// 3 of 9 agents with reviews: a third
		assertThat(TrainingSuggestion.of(3, 9, true)).isEqualTo(TrainingSuggestion.GROUP);
		assertThat(TrainingSuggestion.of(2, 6, false)).isEqualTo(TrainingSuggestion.GROUP);
		// 2 of 7: less than a third
		assertThat(TrainingSuggestion.of(2, 7, false)).isEqualTo(TrainingSuggestion.COACHING);
		// one agent is no group, even in a team of two
		assertThat(TrainingSuggestion.of(1, 2, false)).isEqualTo(TrainingSuggestion.COACHING);
		assertThat(TrainingSuggestion.of(1, 1, false)).isEqualTo(TrainingSuggestion.COACHING);
	}

	@Test
	void elseTheCataloguesModuleElseOneToOneCoaching() {
		assertThat(TrainingSuggestion.of(1, 9, true)).isEqualTo(TrainingSuggestion.ELEARNING);
		assertThat(TrainingSuggestion.of(1, 9, false)).isEqualTo(TrainingSuggestion.COACHING);
		assertThat(TrainingSuggestion.of(2, 9, true)).isEqualTo(TrainingSuggestion.ELEARNING);
		assertThat(CoachingFormat.of(TrainingSuggestion.COACHING)).isEqualTo(CoachingFormat.ONE_TO_ONE);
		assertThat(TrainingSuggestion.GROUP.key()).isEqualTo("group");
	}

	@Test
	void theComparisonGroupIsTheEligibleAgentsWithinOneStandardDeviationOfTheBaseline() {
		// baselines 0.3, 0.4, 0.55, 0.9, 0.35: mean 0.5, sample sd √(0.235 / 4) = 0.2424
		Map<String, Double> baselines = new LinkedHashMap<>();
		baselines.put("coached", 0.3);
		baselines.put("near", 0.4);
		baselines.put("edge", 0.55);
		baselines.put("far", 0.9);
		baselines.put("coachedToo", 0.35);
		var similar = CoachingComparison.similar("coached", baselines, Set.of("near", "edge", "far"));
		// 0.4 lies within 0.3 ± 0.2424, 0.55 and 0.9 do not; coachedToo is not eligible
		assertThat(similar).containsExactly("near");
		assertThat(Math.abs(0.55 - 0.3)).isGreaterThan(Math.sqrt(0.235 / 4));
		assertThat(CoachingComparison.similar("coached", Map.of("coached", 0.3), Set.of())).isEmpty();
		assertThat(CoachingComparison.similar("missing", baselines, Set.of("near"))).isEmpty();
	}

	@Test
	void aNeedsFiguresCarryTheirIntervals() {
		// mean 0.5 of 0.25, 0.5, 0.75: sd 0.25, t(0.975, 2) = 4.302653, margin 0.6210 clipped to [0, 1]
		CoachingFigure mean = CoachingFigure.mean(new double[] { 0.25, 0.5, 0.75 });
		assertThat(mean.value()).isEqualTo(0.5);
		assertThat(mean.low()).isZero();
		assertThat(mean.high()).isEqualTo(1.0);
		CoachingFigure tight = CoachingFigure.mean(new double[] { 0.8, 0.9, 0.8, 0.9, 0.8, 0.9 });
		// sd 0.05477, t(0.975, 5) = 2.570582: 0.85 ± 0.05748
		assertThat(tight.low()).isCloseTo(0.85 - 2.570582 * 0.0547723 / Math.sqrt(6), within(1e-5));
		assertThat(tight.n()).isEqualTo(6);
		// 4 of 10 with Wilson: (0.4 + 1.92/10 ± 1.96 √(0.024 + 0.0096)) / 1.384 = [0.1682, 0.6873]
		CoachingFigure share = CoachingFigure.share(4, 10);
		assertThat(share.low()).isCloseTo(0.1682, within(1e-4));
		assertThat(share.high()).isCloseTo(0.6873, within(1e-4));
		assertThat(CoachingFigure.share(0, 0).high()).isEqualTo(1.0);
		assertThat(CoachingStatus.HELD.held()).isTrue();
	}
}
