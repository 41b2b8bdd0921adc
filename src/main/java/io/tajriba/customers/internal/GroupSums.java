package io.tajriba.customers.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.tajriba.customers.Customers.GroupValues;

/**
 * Exact sums of the customers' revenue per group (count, sum, sum of squares, repurchasers, churned), added up from
 * parts in any order and turned into the mean and standard deviation at the end: the same figures however the
 * customers were split into parts.
 */
final class GroupSums {

	private record Sums(long n, BigDecimal sum, BigDecimal squares, long repurchased, long churned) {

		Sums plus(Sums o) {
			return new Sums(n + o.n, sum.add(o.sum), squares.add(o.squares), repurchased + o.repurchased,
					churned + o.churned);
		}
	}

	/** The figures of the customers {@code c} of a group, in SQL, as {@link #add} takes them. */
	static final String SQL = "count(*) as n, sum(c.revenue) as total, sum(c.revenue * c.revenue) as squares, "
			+ "count(*) filter (where c.purchases >= 2) as repurchased, count(c.churned_at) as churned";

	private final TreeMap<Integer, Sums> groups = new TreeMap<>();

	void add(int group, long n, BigDecimal sum, BigDecimal squares, long repurchased, long churned) {
		if (n > 0) {
			groups.merge(group, new Sums(n, sum, squares, repurchased, churned), Sums::plus);
		}
	}

	/** Each group with customers, in group order; the deviation is the sample one (0 for a single customer). */
	List<GroupValues> values() {
		List<GroupValues> values = new ArrayList<>();
		groups.forEach((group, s) -> {
			BigDecimal n = BigDecimal.valueOf(s.n());
			BigDecimal mean = s.sum().divide(n, MathContext.DECIMAL128);
			double deviation = s.n() < 2 ? 0 : Math.sqrt(Math.max(0, s.squares().subtract(s.sum().multiply(mean))
				.divide(BigDecimal.valueOf(s.n() - 1), MathContext.DECIMAL128).doubleValue()));
			values.add(new GroupValues(group, s.n(), mean.doubleValue(), deviation, s.repurchased(), s.churned()));
		});
		return values;
	}
}
