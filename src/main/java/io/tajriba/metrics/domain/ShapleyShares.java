package io.tajriba.metrics.domain;

import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The Shapley decomposition of R²: each driver's gain in R² when added to every subset of the others, weighted
 * by how many orders of adding the drivers pass through that subset. The shares add up to the full model's R²
 * (the efficiency of Shapley values) and, unlike standardised coefficients, stay fair among correlated drivers.
 * It needs R² of all 2<sup>k</sup> subsets, each computed once from the correlations and kept by bitmask:
 * 4,096 for 12 drivers.
 */
final class ShapleyShares {

	private ShapleyShares() {
	}

	static double[] of(double[][] x, double[] y) {
		int k = x[0].length;
		double[] r2 = subsetRSquared(x, y, k);
		double[] weights = new double[k];
		for (int size = 0; size < k; size++) {
			// |S|! (k - |S| - 1)! / k!: the share of the k! orders in which exactly S comes before the driver
			weights[size] = CombinatoricsUtils.factorialDouble(size) * CombinatoricsUtils.factorialDouble(k - size - 1)
					/ CombinatoricsUtils.factorialDouble(k);
		}
		double[] shares = new double[k];
		for (int j = 0; j < k; j++) {
			int bit = 1 << j;
			for (int mask = 0; mask < r2.length; mask++) {
				if ((mask & bit) == 0) {
					shares[j] += weights[Integer.bitCount(mask)] * (r2[mask | bit] - r2[mask]);
				}
			}
		}
		return shares;
	}

	private static double[] subsetRSquared(double[][] x, double[] y, int k) {
		double[] r2 = new double[1 << k];
		RSquared fits = RSquared.of(x, y);
		// every subset of a mask is a smaller number, so it is known when the mask comes up
		for (int mask = 1; mask < r2.length; mask++) {
			r2[mask] = fits.of(mask);
			if (Double.isNaN(r2[mask])) {
				// exactly collinear drivers add nothing to each other: the best subset one smaller explains as much
				r2[mask] = 0;
				for (int bit = 1; bit <= mask; bit <<= 1) {
					if ((mask & bit) != 0) {
						r2[mask] = Math.max(r2[mask], r2[mask & ~bit]);
					}
				}
			}
		}
		return r2;
	}
}
