package io.tajriba.actions.domain;

/**
 * A straight line fitted by weighted least squares, y = intercept + slope·x, in its closed form (two parameters
 * need no optimiser).
 *
 * @param sxx Σw(x − x̄)², whose inverse times the scale is the slope's variance
 * @param residualSquares Σw(y − ŷ)²
 */
record WeightedLine(double slope, double intercept, double sxx, double residualSquares) {

	/** The fit of y on x with weights w (all positive); slope 0 when every x is the same. */
	static WeightedLine fit(double[] x, double[] y, double[] w) {
		double weights = 0;
		double sumX = 0;
		double sumY = 0;
		for (int i = 0; i < x.length; i++) {
			weights += w[i];
			sumX += w[i] * x[i];
			sumY += w[i] * y[i];
		}
		double meanX = sumX / weights;
		double meanY = sumY / weights;
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < x.length; i++) {
			sxx += w[i] * (x[i] - meanX) * (x[i] - meanX);
			sxy += w[i] * (x[i] - meanX) * (y[i] - meanY);
		}
		double slope = sxx > 0 ? sxy / sxx : 0;
		double intercept = meanY - slope * meanX;
		double residualSquares = 0;
		for (int i = 0; i < x.length; i++) {
			double residual = y[i] - intercept - slope * x[i];
			residualSquares += w[i] * residual * residual;
		}
		return new WeightedLine(slope, intercept, sxx, residualSquares);
	}
}
