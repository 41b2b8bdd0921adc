package io.tajriba.journeys.domain;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StatisticsTests {

	@Test
	void wilsonIntervalOfEightInTen() {
		// centre = (0.8 + 0.192073) / 1.384146, half = 1.416005 * sqrt(0.016 + 0.009604)
		Rate rate = Rate.of(8, 10);
		assertThat(rate.percent()).isCloseTo(80, within(1e-9));
		assertThat(rate.ciLow()).isCloseTo(0.490161, within(1e-5));
		assertThat(rate.ciHigh()).isCloseTo(0.943317, within(1e-5));
		assertThat(Rate.of(0, 10).ciHigh()).isCloseTo(0.277533, within(1e-5));
		assertThat(Rate.of(0, 0)).isEqualTo(new Rate(0, 0, 0, 0, 1));
		assertThatThrownBy(() -> Rate.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void katzIntervalOfFourfoldRisk() {
		// 20 of 100 against 10 of 200: RR 4, se = sqrt(1/20 - 1/100 + 1/10 - 1/200) = 0.367423
		RelativeRisk risk = RelativeRisk.katz(20, 80, 10, 190);
		assertThat(risk.value()).isCloseTo(4, within(1e-12));
		assertThat(risk.ciLow()).isCloseTo(1.946743, within(1e-5));
		assertThat(risk.ciHigh()).isCloseTo(8.218857, within(1e-5));
		assertThat(risk.raised()).isTrue();
	}

	@Test
	void katzWithAnEmptyCellAddsHalfToEveryCell() {
		// 0.5 of 11 against 5.5 of 11
		RelativeRisk risk = RelativeRisk.katz(0, 10, 5, 5);
		assertThat(risk.value()).isCloseTo(1 / 11.0, within(1e-12));
		assertThat(risk.ciLow()).isCloseTo(0.005686, within(1e-5));
		assertThat(risk.ciHigh()).isCloseTo(1.453410, within(1e-5));
		assertThat(risk.raised()).isFalse();
		assertThatThrownBy(() -> RelativeRisk.katz(0, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void medianOfAHundredHoursWithTheRanksOfItsInterval() {
		// n = 100: ranks 50 - 9.8 and 50 + 9.8 round out to the 40th and 61st values, as in the tables
		long[] seconds = LongStream.rangeClosed(1, 100).map(h -> (101 - h) * 3600).toArray();
		Median median = Median.ofSeconds(seconds, 100);
		assertThat(median.hours()).isEqualTo(50.5);
		assertThat(median.ciLowHours()).isEqualTo(40);
		assertThat(median.ciHighHours()).isEqualTo(61);
		assertThat(Median.ofSeconds(new long[] {7200, 0}, 1).hours()).isEqualTo(2);
		assertThat(Median.ofSeconds(new long[0], 0).n()).isZero();
	}

	@Test
	void meanWithStudentInterval() {
		// 2, 4, 6: mean 4, s = 2, t(2) = 4.302653, half = 4.302653 * 2 / sqrt(3) = 4.968275
		Mean mean = Mean.of(3, 12, 56);
		assertThat(mean.value()).isEqualTo(4);
		assertThat(mean.ciLow()).isCloseTo(-0.968275, within(1e-5));
		assertThat(mean.ciHigh()).isCloseTo(8.968275, within(1e-5));
		assertThat(Mean.of(1, 5, 25)).isEqualTo(new Mean(1, 5, 5, 5));
	}
}
