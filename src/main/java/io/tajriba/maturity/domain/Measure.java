package io.tajriba.maturity.domain;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.jspecify.annotations.Nullable;

/**
 * A figure the product measured for the evidence: a share (part of whole, 0 to 1, with its 95% Wilson interval), a
 * count, or a coefficient (such as an agreement) over n; no value when there is no data yet. The detail says what
 * the figure is about where a recommendation names it (the scorecard of an agreement, say).
 */
public record Measure(Kind kind, @Nullable Double value, long n, @Nullable Long part, double @Nullable [] ci95,
		@Nullable String detail) {

	public enum Kind {
		SHARE, COUNT, COEFFICIENT
	}

	public Measure {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative, was " + n);
		}
		if (kind == Kind.SHARE && value != null && (value < 0 || value > 1)) {
			throw new IllegalArgumentException("a share lies in [0, 1], was " + value);
		}
	}

	/** part of whole; no data when whole is 0. */
	public static Measure share(long part, long whole) {
		if (part < 0 || part > whole) {
			throw new IllegalArgumentException("part (" + part + ") must lie in [0, whole (" + whole + ")]");
		}
		if (whole == 0) {
			return new Measure(Kind.SHARE, null, 0, 0L, null, null);
		}
		double value = (double) part / whole;
		ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) Math.min(whole, Integer.MAX_VALUE / 4),
				(int) Math.min(part, Integer.MAX_VALUE / 4), 0.95);
		return new Measure(Kind.SHARE, value, whole, part, new double[] { Math.min(value, Math.max(0, ci.getLowerBound())),
				Math.max(value, Math.min(1, ci.getUpperBound())) }, null);
	}

	/** How many there are (channels, subscriptions): always data, zero included. */
	public static Measure count(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("a count must not be negative, was " + count);
		}
		return new Measure(Kind.COUNT, (double) count, count, null, null, null);
	}

	/** A coefficient over n units, with what it is about; null value: none measured yet. */
	public static Measure coefficient(@Nullable Double value, long n, @Nullable String detail) {
		return new Measure(Kind.COEFFICIENT, value, n, null, null, detail);
	}

	/** No data yet: the module that would measure it has nothing, or is not there. */
	public static Measure none(Kind kind) {
		return new Measure(kind, null, 0, null, null, null);
	}

	public Measure about(@Nullable String what) {
		return new Measure(kind, value, n, part, ci95, what);
	}

	public boolean hasData() {
		return value != null;
	}

	/** For a share: how many of the whole are still missing (whole − part); 0 otherwise. */
	public long missing() {
		return kind == Kind.SHARE && part != null ? n - part : 0;
	}
}
