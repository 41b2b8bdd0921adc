package io.tajriba.quality.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tajriba.quality.domain.TargetedPicks.Pick;
import io.tajriba.quality.domain.TargetedPicks.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The quality score's mean and t interval worked out by hand, and the targeted picks beside the random ones. */
class SamplingStatisticsTests {

	@Test
	void theQualityScoreIsTheMeanTimesAHundredWithItsTInterval() {
		// 60, 80, 70, 90, 50: mean 70, squares 100 + 100 + 0 + 400 + 400 = 1000 over 4 = 250, se √250/√5 = 7.0711,
		// t(0.975, 4) = 2.7764: 70 ± 19.632
		QualityScore score = QualityScore.of(List.of(0.6, 0.8, 0.7, 0.9, 0.5));
		assertThat(score.value()).isCloseTo(70, within(1e-9));
		assertThat(score.low()).isCloseTo(50.368, within(0.001));
		assertThat(score.high()).isCloseTo(89.632, within(0.001));
		assertThat(score.n()).isEqualTo(5);
	}

	@Test
	void theIntervalIsClippedToTheScaleAndNeedsTwoReviews() {
		// 85, 55, 100, 70: mean 77.5, squares 56.25 + 506.25 + 506.25 + 56.25 = 1125 over 3 = 375, se 9.6825,
		// t(0.975, 3) = 3.1824: 77.5 ± 30.814 = [46.686, 108.314], clipped at 100
		QualityScore score = QualityScore.of(List.of(0.85, 0.55, 1.0, 0.7));
		assertThat(score.value()).isCloseTo(77.5, within(1e-9));
		assertThat(score.low()).isCloseTo(46.686, within(0.001));
		assertThat(score.high()).isEqualTo(100);
		QualityScore one = QualityScore.of(List.of(0.4));
		assertThat(one.value()).isCloseTo(40, within(1e-9));
		assertThat(one.low()).isNull();
		assertThat(one.high()).isNull();
		assertThat(one.n()).isEqualTo(1);
		assertThat(QualityScore.of(List.of())).isEqualTo(QualityScore.NONE);
		assertThatThrownBy(() -> QualityScore.of(List.of(1.5))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void targetedPicksTakeTurnsByReasonLeaveOutTheRandomOnesAndStopAtTheMost() {
		Map<Reason, List<String>> candidates = Map.of(Reason.DETRACTOR, List.of("d1", "d2", "shared"),
				Reason.CASE, List.of("shared"), Reason.NEGATIVE_TEXT, List.of("n1", "n2", "n3", "random"));
		List<Pick> picks = TargetedPicks.choose(candidates, Set.of("random"), 3, 11);
		assertThat(picks).hasSize(3);
		assertThat(picks).extracting(Pick::item).doesNotHaveDuplicates().doesNotContain("random");
		// one turn each: a detractor, a case (unless the detractor's turn took the shared one), a negative text
		assertThat(picks.get(0).reason()).isEqualTo(Reason.DETRACTOR);
		assertThat(picks).extracting(Pick::reason).contains(Reason.NEGATIVE_TEXT);
		assertThat(TargetedPicks.choose(candidates, Set.of("random"), 3, 11)).isEqualTo(picks);
		// with few candidates, all of them and no more
		assertThat(TargetedPicks.choose(Map.of(Reason.CASE, List.of("c1")), Set.of(), 3, 1))
			.containsExactly(new Pick("c1", Reason.CASE));
		assertThat(TargetedPicks.choose(candidates, Set.of(), 0, 1)).isEmpty();
		// every candidate of one reason once the others run dry
		assertThat(TargetedPicks.choose(Map.of(Reason.NEGATIVE_TEXT, List.of("n1", "n2", "n3", "n4")), Set.of("n2"),
				3, 5)).extracting(Pick::item).containsExactlyInAnyOrder("n1", "n3", "n4");
	}
}
