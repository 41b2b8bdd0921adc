package io.tajriba.metrics.domain;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Johnson's (2000) relative weights, for more drivers than exact Shapley values can afford (2<sup>k</sup>
 * regressions): the drivers are replaced by their closest uncorrelated counterparts Z = X R<sup>-1/2</sup>, y is
 * regressed on those, and each counterpart's share is handed back to the drivers in proportion to how much of it
 * each makes up. The weights add up to R² and come within a few points of the Shapley shares; one eigen
 * decomposition instead of thousands of regressions.
 */
final class RelativeWeights {

	// eigenvalues below this belong to exactly collinear drivers, which carry no information of their own
	private static final double ZERO = 1e-12;

	private RelativeWeights() {
	}

	static double[] of(double[][] x, double[] y) {
		int k = x[0].length;
		RealMatrix data = new Array2DRowRealMatrix(x, false);
		RealMatrix correlations = new PearsonsCorrelation(data).getCorrelationMatrix();
		double[] withOutcome = new double[k];
		for (int j = 0; j < k; j++) {
			withOutcome[j] = new PearsonsCorrelation().correlation(data.getColumn(j), y);
		}
		var eigen = new EigenDecomposition(correlations);
		double[] lambda = eigen.getRealEigenvalues();
		double[] root = new double[k];
		double[] inverseRoot = new double[k];
		for (int m = 0; m < k; m++) {
			root[m] = lambda[m] > ZERO ? Math.sqrt(lambda[m]) : 0;
			inverseRoot[m] = lambda[m] > ZERO ? 1 / root[m] : 0;
		}
		RealMatrix v = eigen.getV();
		// R^1/2 links drivers and their uncorrelated counterparts; beta regresses y on the counterparts
		RealMatrix lambdaRoot = v.multiply(MatrixUtils.createRealDiagonalMatrix(root)).multiply(v.transpose());
		RealVector beta = v.multiply(MatrixUtils.createRealDiagonalMatrix(inverseRoot)).multiply(v.transpose())
			.operate(MatrixUtils.createRealVector(withOutcome));
		double[] weights = new double[k];
		for (int j = 0; j < k; j++) {
			for (int m = 0; m < k; m++) {
				double link = lambdaRoot.getEntry(j, m);
				weights[j] += link * link * beta.getEntry(m) * beta.getEntry(m);
			}
		}
		return weights;
	}
}
