package io.tajriba.actions.internal;

import io.tajriba.metrics.InsightReports.Rate;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** A share in percent with its 95% Wilson interval (Commons Math) and the n it rests on. */
final class Rates {

	private Rates() {
	}

	static Rate of(long count, long n) {
		if (n == 0) {
			return new Rate(0, 0, 0, new double[] { 0, 100 });
		}
		ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) n, (int) count, 0.95);
		return new Rate(n, count, round(100.0 * count / n),
				new double[] { round(100 * ci.getLowerBound()), round(100 * ci.getUpperBound()) });
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
