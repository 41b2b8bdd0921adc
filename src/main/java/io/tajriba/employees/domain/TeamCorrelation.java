package io.tajriba.employees.domain;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.jspecify.annotations.Nullable;

/**
 * Pearson's correlation over teams of two figures (a team's eNPS and its customers' CSAT, say), with the 95%
 * interval by Fisher's z: z = atanh(r), standard error 1 / sqrt(n - 3), back through tanh. {@code n} is the number of
 * teams with both figures. Fewer than three teams give no r; fewer than four no interval; teams all alike in either
 * figure no r either. A correlation says the two go together across teams, never that one causes the other.
 */
public record TeamCorrelation(@Nullable Double r, @Nullable Double low, @Nullable Double high, int n) {

	/** One team's pair of figures. */
	public record Pair(double x, double y) {
	}

	public static TeamCorrelation of(List<Pair> pairs) {
		int n = pairs.size();
		if (n < 3) {
			return new TeamCorrelation(null, null, null, n);
		}
		double[] x = pairs.stream().mapToDouble(Pair::x).toArray();
		double[] y = pairs.stream().mapToDouble(Pair::y).toArray();
		double r = new PearsonsCorrelation().correlation(x, y);
		if (Double.isNaN(r)) {
			return new TeamCorrelation(null, null, null, n);
		}
		if (n < 4 || Math.abs(r) >= 1) {
			return new TeamCorrelation(r, n < 4 ? null : r, n < 4 ? null : r, n);
		}
		double z = 0.5 * Math.log((1 + r) / (1 - r));
		double half = new NormalDistribution().inverseCumulativeProbability(0.975) / Math.sqrt(n - 3);
		return new TeamCorrelation(r, Math.tanh(z - half), Math.tanh(z + half), n);
	}
}
