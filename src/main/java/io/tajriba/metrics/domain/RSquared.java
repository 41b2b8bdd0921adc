package io.tajriba.metrics.domain;

import java.util.stream.IntStream;

/**
 * R² of the ordinary least squares regressions (with intercept) of y on subsets of the columns of x, from their
 * correlations: R²(S) = r<sub>yS</sub>ᵀ R<sub>SS</sub>⁻¹ r<sub>yS</sub>, the same figure as fitting the regression,
 * but each subset costs a Cholesky solve of at most k×k instead of a pass over every respondent.
 */
final class RSquared {

	private final double[][] correlations;

	private final int k;

	private RSquared(double[][] correlations, int k) {
		this.correlations = correlations;
		this.k = k;
	}

	/**
	 * The correlations of the columns of x (each of which varies) and y (which varies), in two passes (the means,
	 * then the centred cross-products) over primitive arrays: the regression's data are read once, not per pair.
	 */
	static RSquared of(double[][] x, double[] y) {
		int k = x[0].length;
		int n = y.length;
		double[] means = new double[k + 1];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < k; j++) {
				means[j] += x[i][j];
			}
			means[k] += y[i];
		}
		for (int j = 0; j <= k; j++) {
			means[j] /= n;
		}
		double[][] products = new double[k + 1][k + 1];
		double[] centred = new double[k + 1];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < k; j++) {
				centred[j] = x[i][j] - means[j];
			}
			centred[k] = y[i] - means[k];
			for (int a = 0; a <= k; a++) {
				double ca = centred[a];
				double[] row = products[a];
				for (int b = 0; b <= a; b++) {
					row[b] += ca * centred[b];
				}
			}
		}
		double[][] correlations = new double[k + 1][k + 1];
		for (int a = 0; a <= k; a++) {
			for (int b = 0; b <= a; b++) {
				double r = products[a][b] / Math.sqrt(products[a][a] * products[b][b]);
				correlations[a][b] = r;
				correlations[b][a] = r;
			}
		}
		return new RSquared(correlations, k);
	}

	/** The columns whose bits are set in {@code mask}; NaN when they are exactly collinear. */
	double of(int mask) {
		int[] columns = IntStream.range(0, k).filter(j -> (mask & (1 << j)) != 0).toArray();
		int m = columns.length;
		if (m == 0) {
			return 0;
		}
		// R_SS = L Lᵀ (Cholesky), so that r_yS R_SS⁻¹ r_yS = |L⁻¹ r_yS|²; a pivot near 0 means collinear columns
		double[][] l = new double[m][m];
		double[] z = new double[m];
		for (int i = 0; i < m; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = correlations[columns[i]][columns[j]];
				for (int p = 0; p < j; p++) {
					sum -= l[i][p] * l[j][p];
				}
				if (i == j) {
					if (sum <= 1e-10) {
						return Double.NaN;
					}
					l[i][i] = Math.sqrt(sum);
				}
				else {
					l[i][j] = sum / l[j][j];
				}
			}
			double sum = correlations[columns[i]][k];
			for (int p = 0; p < i; p++) {
				sum -= l[i][p] * z[p];
			}
			z[i] = sum / l[i][i];
		}
		double r2 = 0;
		for (double value : z) {
			r2 += value * value;
		}
		return Stats.clip(r2, 0, 1);
	}
}
