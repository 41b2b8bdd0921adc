package io.tajriba.customers.internal;

import java.math.BigDecimal;

import io.tajriba.customers.Customers.GroupValues;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GroupSumsTests {

	static final double[] REVENUE = { 10.5, 0, 99.99, 42, 42, 7.25 };

	@Test
	void meanAndSampleDeviationAreThoseOfTheCustomersHoweverTheyWereSplit() {
		GroupSums whole = new GroupSums();
		add(whole, 0, REVENUE, 0, REVENUE.length);
		GroupSums parts = new GroupSums();
		add(parts, 0, REVENUE, 4, REVENUE.length);
		add(parts, 0, REVENUE, 0, 1);
		add(parts, 0, REVENUE, 1, 4);
		DescriptiveStatistics expected = new DescriptiveStatistics(REVENUE);
		GroupValues values = whole.values().getFirst();
		assertThat(values.customers()).isEqualTo(6);
		assertThat(values.revenueMean()).isCloseTo(expected.getMean(), within(1e-12));
		assertThat(values.revenueDeviation()).isCloseTo(expected.getStandardDeviation(), within(1e-12));
		assertThat(parts.values()).isEqualTo(whole.values());
	}

	@Test
	void oneCustomerHasNoDeviationAndEmptyGroupsAreLeftOut() {
		GroupSums sums = new GroupSums();
		sums.add(2, 1, new BigDecimal("12.50"), new BigDecimal("156.2500"), 1, 0);
		sums.add(1, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
		assertThat(sums.values()).containsExactly(new GroupValues(2, 1, 12.5, 0, 1, 0));
	}

	private static void add(GroupSums sums, int group, double[] revenue, int from, int to) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal squares = BigDecimal.ZERO;
		for (int i = from; i < to; i++) {
			BigDecimal r = BigDecimal.valueOf(revenue[i]);
			sum = sum.add(r);
			squares = squares.add(r.multiply(r));
		}
		sums.add(group, to - from, sum, squares, 0, 0);
	}
}
