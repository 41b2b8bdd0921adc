package io.tajriba.metrics.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RatingTests {

	@Test
	void csatTopTwoBoxAndMean() {
		// counts of 1..5: 5, 5, 10, 40, 40 -> n 100, top two box 80 / 100
		// Wilson: centre = (0.8 + 0.019207) / 1.038415 = 0.788902, half = 1.887458 * 0.0411831 = 0.077732
		ScaleCounts csat = ScaleCounts.csat(5, 5, 10, 40, 40);
		Proportion top = csat.topTwoBox();
		assertThat(top.successes()).isEqualTo(80);
		assertThat(top.n()).isEqualTo(100);
		assertThat(top.ciLow()).isCloseTo(0.711170, within(1e-5));
		assertThat(top.ciHigh()).isCloseTo(0.866634, within(1e-5));
		// mean = (5 + 10 + 30 + 160 + 200) / 100 = 4.05; sum of squares = 5 + 20 + 90 + 640 + 1000 = 1755
		// var = (1755 - 100 * 4.05^2) / 99 = 114.75 / 99 = 1.159091, sd = 1.076611
		// t(0.975, 99) = 1.984217, margin = 1.984217 * 1.076611 / 10 = 0.213623
		MeanResult mean = csat.mean();
		assertThat(mean.n()).isEqualTo(100);
		assertThat(mean.mean()).isCloseTo(4.05, within(1e-12));
		assertThat(mean.standardDeviation()).isCloseTo(1.076611, within(1e-6));
		assertThat(mean.ciLow()).isCloseTo(3.836377, within(1e-5));
		assertThat(mean.ciHigh()).isCloseTo(4.263623, within(1e-5));
	}

	@Test
	void topTwoOfAnyScale() {
		// 1-7: the top two are 6 and 7 -> 2 of 4
		assertThat(ScaleCounts.ofAnswers(1, 7, 7, 6, 5, 1).topTwoBox().successes()).isEqualTo(2);
		// 0-10: 9 and 10
		assertThat(ScaleCounts.ofAnswers(0, 10, 10, 9, 8).topTwoBox().successes()).isEqualTo(2);
	}

	@Test
	void cesMeanWithATInterval() {
		// answers 3, 4, 5: mean 4, sd 1, t(0.975, 2) = 4.302653, margin = 4.302653 / sqrt(3) = 2.484138
		MeanResult ces = ScaleCounts.ces(0, 0, 1, 1, 1, 0, 0).mean();
		assertThat(ces.mean()).isCloseTo(4, within(1e-12));
		assertThat(ces.standardDeviation()).isCloseTo(1, within(1e-12));
		assertThat(ces.ciLow()).isCloseTo(1.515862, within(1e-5));
		assertThat(ces.ciHigh()).isCloseTo(6.484138, within(1e-5));
	}

	@Test
	void theIntervalStaysOnTheScale() {
		// answers 6, 7, 7: mean 6.666667, sd = sqrt((1/9 + 1/9 + 4/9) / 2) = 0.577350
		// margin = 4.302653 * 0.577350 / 1.732051 = 1.434218 -> [5.232449, 8.1] clipped to 7
		MeanResult ces = ScaleCounts.ofAnswers(1, 7, 6, 7, 7).mean();
		assertThat(ces.ciLow()).isCloseTo(5.232449, within(1e-5));
		assertThat(ces.ciHigh()).isEqualTo(7);
	}

	@Test
	void oneOrNoAnswers() {
		MeanResult one = ScaleCounts.csat(0, 0, 0, 1, 0).mean();
		assertThat(one.n()).isEqualTo(1);
		assertThat(one.mean()).isEqualTo(4);
		assertThat(one.ciLow()).isEqualTo(1);
		assertThat(one.ciHigh()).isEqualTo(5);
		MeanResult none = ScaleCounts.csat(0, 0, 0, 0, 0).mean();
		assertThat(none.n()).isZero();
		assertThat(none.mean()).isEqualTo(3);
		assertThat(ScaleCounts.csat(0, 0, 0, 0, 0).topTwoBox().n()).isZero();
	}

	@Test
	void meanOfSingleValues() {
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares of deviations 9+1+1+1+0+0+4+16 = 32, var = 32 / 7
		// sd = 2.138090, t(0.975, 7) = 2.364624, margin = 2.364624 * 2.138090 / sqrt(8) = 1.787485
		MeanResult mean = MeanResult.of(2, 4, 4, 4, 5, 5, 7, 9);
		assertThat(mean.mean()).isCloseTo(5, within(1e-12));
		assertThat(mean.standardDeviation()).isCloseTo(2.138090, within(1e-6));
		assertThat(mean.ciLow()).isCloseTo(3.212515, within(1e-5));
		assertThat(mean.ciHigh()).isCloseTo(6.787485, within(1e-5));
		MeanResult single = MeanResult.of(120.0);
		assertThat(single.ciLow()).isEqualTo(120);
		assertThat(single.ciHigh()).isEqualTo(120);
		assertThat(MeanResult.of().mean()).isZero();
	}

	@Test
	void badScalesAreRejected() {
		assertThatThrownBy(() -> new ScaleCounts(5, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ScaleCounts.csat(1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("needs 5 counts");
		assertThatThrownBy(() -> ScaleCounts.ofAnswers(1, 5, 6)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("off the 1-5 scale");
		assertThatThrownBy(() -> ScaleCounts.csat(1, -2, 3, 0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aChangeOfTheAverageIsTestedOnItsStandardError() {
		// before 5.0 and after 5.3, both sd 1 and n 100: se = sqrt(1/100 + 1/100) = 0.141421,
		// z = 0.3 / 0.141421 = 2.121320, p = 2 * (1 - Phi(2.121320)) = 0.033895
		ChangeTest change = MeanResult.change(MeanResult.of(100, 5.0, 1), MeanResult.of(100, 5.3, 1));
		assertThat(change.difference()).isCloseTo(0.3, within(1e-12));
		assertThat(change.z()).isCloseTo(2.121320, within(1e-6));
		assertThat(change.pValue()).isCloseTo(0.033895, within(1e-6));
		assertThat(change.significant()).isTrue();
		// sd 2: se = 0.282843, z = 1.060660, p = 0.288844: not significant
		assertThat(MeanResult.change(MeanResult.of(100, 5.0, 2), MeanResult.of(100, 5.3, 2)).significant()).isFalse();
		assertThat(MeanResult.change(MeanResult.of(1, 5.0, 0), MeanResult.of(100, 5.3, 1)).pValue()).isEqualTo(1);
	}
}
