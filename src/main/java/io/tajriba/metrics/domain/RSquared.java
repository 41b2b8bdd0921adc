package io.tajriba.metrics.domain;

import java.util.stream.IntStream;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/** R² of the ordinary least squares regression (with intercept) of y on a subset of the columns of x. */
final class RSquared {

	private RSquared() {
	}

	/** The columns whose bits are set in {@code mask}; NaN when they are exactly collinear. */
	static double of(double[] y, double[][] x, int mask) {
		int[] columns = IntStream.range(0, x[0].length).filter(j -> (mask & (1 << j)) != 0)
			.toArray();
		if (columns.length == 0) {
			return 0;
		}
		double[][] subset = new double[y.length][columns.length];
		for (int i = 0; i < y.length; i++) {
			for (int c = 0; c < columns.length; c++) {
				subset[i][c] = x[i][columns[c]];
			}
		}
		var regression = new OLSMultipleLinearRegression();
		regression.newSampleData(y, subset);
		try {
			return regression.calculateRSquared();
		}
		catch (SingularMatrixException e) {
			return Double.NaN;
		}
	}
}
