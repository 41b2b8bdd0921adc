package io.tajriba.text.domain;

import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * How many of n readings were right, as a share 0 to 1 with its 95% Wilson interval (Commons Math), which stays
 * inside [0, 1] and open at 0% and 100%. With nothing counted: 0 in [0, 1].
 */
public record Accuracy(long correct, long n, double value, double ciLow, double ciHigh) {

	public Accuracy {
		if (correct < 0 || correct > n) {
			throw new IllegalArgumentException("correct must lie in [0, n], was " + correct + " of " + n);
		}
		if (ciLow > value || value > ciHigh || ciLow < 0 || ciHigh > 1) {
			throw new IllegalArgumentException("the interval must hold the share, within [0, 1]");
		}
	}

	public static Accuracy of(long correct, long n) {
		if (correct < 0 || correct > n) {
			throw new IllegalArgumentException("correct must lie in [0, n], was " + correct + " of " + n);
		}
		if (n == 0) {
			return new Accuracy(0, 0, 0, 0, 1);
		}
		double value = (double) correct / n;
		// n is at most the few thousand corrections read at once, well inside the library's int arithmetic
		var interval = new WilsonScoreInterval().createInterval((int) n, (int) correct, 0.95);
		return new Accuracy(correct, n, value, Math.clamp(interval.getLowerBound(), 0, value),
				Math.clamp(interval.getUpperBound(), value, 1));
	}

	/** The share in percent, 0 to 100. */
	public double percent() {
		return value * 100;
	}

	public double ciLowPercent() {
		return ciLow * 100;
	}

	public double ciHighPercent() {
		return ciHigh * 100;
	}
}
