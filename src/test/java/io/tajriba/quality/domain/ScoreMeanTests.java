package io.tajriba.quality.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The mean of review scores with its t interval, against cases worked out by hand. */
class ScoreMeanTests {

	/** The 97.5% quantiles of Student's t with 3 and 1 degrees of freedom, from a t table. */
	static final double T3 = 3.182446305284263;
	static final double T1 = 12.706204736174698;

	@Test
	void theMeanWithItsTInterval() {
		// 0.5, 0.5, 0.75, 0.75: mean 0.625, s² = 4 · 0.125² / 3 = 0.0208333, s = 0.1443376, s / √4 = 0.0721688
		ScoreMean mean = ScoreMean.of(List.of(0.5, 0.5, 0.75, 0.75));
		assertThat(mean.n()).isEqualTo(4);
		assertThat(mean.mean()).isCloseTo(0.625, within(1e-12));
		assertThat(mean.low()).isCloseTo(0.625 - T3 * 0.0721688, within(1e-6));
		assertThat(mean.high()).isCloseTo(0.625 + T3 * 0.0721688, within(1e-6));
	}

	@Test
	void theIntervalStaysOnTheScale() {
		// 1.0 and 0.5: mean 0.75, s = 0.3535534, s / √2 = 0.25, ± 12.706 · 0.25 = 3.18 is wider than the scale
		ScoreMean two = ScoreMean.of(List.of(1.0, 0.5));
		assertThat(two.mean()).isCloseTo(0.75, within(1e-12));
		assertThat(0.75 - T1 * 0.25).isNegative();
		assertThat(two.low()).isZero();
		assertThat(two.high()).isEqualTo(1.0);
		// 0, 0.25, 0.25, 0.5: mean 0.25, s / √4 = 0.1020621: the low end 0.25 − 0.3248 is cut at 0
		ScoreMean low = ScoreMean.of(List.of(0.0, 0.25, 0.25, 0.5));
		assertThat(low.low()).isZero();
		assertThat(low.high()).isCloseTo(0.25 + T3 * 0.1020621, within(1e-6));
	}

	@Test
	void oneReviewHasTheWholeScaleAndNoneHasNoMean() {
		ScoreMean one = ScoreMean.of(List.of(0.8));
		assertThat(one.n()).isEqualTo(1);
		assertThat(one.mean()).isEqualTo(0.8);
		assertThat(one.low()).isZero();
		assertThat(one.high()).isEqualTo(1.0);
		ScoreMean none = ScoreMean.of(List.of());
		assertThat(none.n()).isZero();
		assertThat(none.mean()).isNull();
	}

	@Test
	void identicalScoresHaveNoSpread() {
		ScoreMean same = ScoreMean.of(List.of(0.75, 0.75, 0.75));
		assertThat(same.low()).isEqualTo(0.75);
		assertThat(same.high()).isEqualTo(0.75);
	}

	@Test
	void aScoreOffTheScaleIsRefused() {
		assertThatThrownBy(() -> ScoreMean.of(List.of(0.5, 1.5))).isInstanceOf(IllegalArgumentException.class);
	}
}
