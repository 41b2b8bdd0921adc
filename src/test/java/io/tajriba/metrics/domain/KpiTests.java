package io.tajriba.metrics.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KpiTests {

	@Test
	void ratesAreProportionsWithIntervals() {
		// 300 bounces in 1000 visits: 0.3; Wilson centre = (0.3 + 0.001921) / 1.003841 = 0.300765
		// half = 1.952464 * sqrt(0.00021 + 0.00000096) = 1.952464 * 0.0145245 = 0.028359
		Proportion bounce = Kpis.bounceRate(1000, 300);
		assertThat(bounce.value()).isCloseTo(0.3, within(1e-12));
		assertThat(bounce.n()).isEqualTo(1000);
		assertThat(bounce.ciLow()).isCloseTo(0.272407, within(1e-5));
		assertThat(bounce.ciHigh()).isCloseTo(0.329124, within(1e-5));
		// 25 conversions in 1000 visits, 30 of 120 purchasers bought twice, 12 of 400 customers churned
		assertThat(Kpis.conversionRate(1000, 25).value()).isCloseTo(0.025, within(1e-12));
		assertThat(Kpis.repeatPurchaseRate(120, 30).value()).isCloseTo(0.25, within(1e-12));
		assertThat(Kpis.churnRate(400, 12).value()).isCloseTo(0.03, within(1e-12));
		assertThat(Kpis.responseRate(200, 50).value()).isCloseTo(0.25, within(1e-12));
		assertThatThrownBy(() -> Kpis.bounceRate(10, 11)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void averagesOfTotals() {
		// 5400 seconds over 60 sessions = 90 s; 1250 revenue over 25 orders = 50
		Average time = Kpis.averageTimeOnSite(5400, 60);
		assertThat(time.value()).isCloseTo(90, within(1e-12));
		assertThat(time.n()).isEqualTo(60);
		assertThat(Kpis.averageOrderValue(1250, 25).value()).isCloseTo(50, within(1e-12));
		assertThat(Kpis.averageOrderValue(0, 0).value()).isZero();
		assertThatThrownBy(() -> Kpis.averageOrderValue(10, -1)).isInstanceOf(IllegalArgumentException.class);
	}
}
