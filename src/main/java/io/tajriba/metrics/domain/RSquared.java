package io.tajriba.metrics.domain;

import java.util.stream.IntStream;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * R² of the ordinary least squares regressions (with intercept) of y on subsets of the columns of x, from their
 * correlations: R²(S) = r<sub>yS</sub>ᵀ R<sub>SS</sub>⁻¹ r<sub>yS</sub>, the same figure as fitting the regression,
 * but each subset costs a k×k solve instead of a pass over every respondent.
 */
final class RSquared {

	private final RealMatrix correlations;

	private final int k;

	private RSquared(RealMatrix correlations, int k) {
		this.correlations = correlations;
		this.k = k;
	}

	/** The correlations of the columns of x (each of which varies) and y (which varies). */
	static RSquared of(double[][] x, double[] y) {
		int k = x[0].length;
		double[][] data = new double[y.length][k + 1];
		for (int i = 0; i < y.length; i++) {
			System.arraycopy(x[i], 0, data[i], 0, k);
			data[i][k] = y[i];
		}
		return new RSquared(new PearsonsCorrelation(data).getCorrelationMatrix(), k);
	}

	/** The columns whose bits are set in {@code mask}; NaN when they are exactly collinear. */
	double of(int mask) {
		int[] columns = IntStream.range(0, k).filter(j -> (mask & (1 << j)) != 0).toArray();
		if (columns.length == 0) {
			return 0;
		}
		RealMatrix among = correlations.getSubMatrix(columns, columns);
		ArrayRealVector withY = new ArrayRealVector(columns.length);
		for (int c = 0; c < columns.length; c++) {
			withY.setEntry(c, correlations.getEntry(columns[c], k));
		}
		DecompositionSolver solver = new LUDecomposition(among, 1e-10).getSolver();
		if (!solver.isNonSingular()) {
			return Double.NaN;
		}
		return Stats.clip(withY.dotProduct(solver.solve(withY)), 0, 1);
	}
}
