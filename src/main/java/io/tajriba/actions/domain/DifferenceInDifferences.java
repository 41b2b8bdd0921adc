package io.tajriba.actions.domain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An initiative's effect: the treated units' change from the baseline to the weeks after launch, less the control
 * units' change over the same weeks, which takes out what moved everyone (season, a price change, a campaign).
 * <p>
 * Each group's change is a fixed-weight mean of its units' changes, ȳ<sub>a,u</sub> − ȳ<sub>b,u</sub>, with
 * w<sub>u</sub> ∝ n<sub>b</sub>·n<sub>a</sub>/(n<sub>b</sub> + n<sub>a</sub>), normalised to sum to 1 in the group:
 * a unit weighs by how precisely its own change is known, and the same weight applies to its mean before and after,
 * so a unit whose volume shifts between the periods cannot move the group's mean by composition alone (pooling all
 * answers would: more answers from a better unit after launch would look like an effect). The group's before and
 * after summaries are the same weighted means of the unit means, with n the answers counted.
 * <p>
 * The variance follows by the delta method, the estimate being linear in the unit means: Σ over units and sides of
 * w<sup>2</sup>·s<sup>2</sup>/n, s<sup>2</sup> the unit-side sample variance of the answer values — for a proportion
 * that is p(1−p)·n/(n−1) in percent², the same number, so one formula serves every metric. The degrees of freedom
 * are Welch–Satterthwaite's over those terms v, (Σv)<sup>2</sup>/Σ(v<sup>2</sup>/(n−1)); the 95% interval uses the
 * t quantile and the p value is two-sided. When every answer of every side is equal the variance is zero: the
 * interval collapses to the value, p is 1 if the value is 0 and 0 otherwise, and the degrees of freedom, which
 * Welch–Satterthwaite leaves undefined, are Σ(n−1).
 * <p>
 * A proportion's group summaries take Wilson's interval at the effective number of answers (Kish)
 * p(1−p)/Σw<sup>2</sup>p<sub>u</sub>(1−p<sub>u</sub>)/n<sub>u</sub>, at most the answers counted, so that one
 * unit's summary is its own Wilson interval; other metrics' summaries a t interval as for the difference.
 * <p>
 * The estimate assumes the answers are the only noise: a shock to one unit in one week (an outage at one channel)
 * is not in the interval, which is why the baseline's parallel trends are checked apart ({@link ParallelTrends}).
 */
public final class DifferenceInDifferences {

	/** A unit needs at least this many answers on each side for its mean and its spread to be known. */
	static final int MINIMUM = 2;

	private DifferenceInDifferences() {
	}

	/**
	 * (treated after − before) − (control after − before); with an empty control list, treated after − before
	 * (method BEFORE_AFTER). Null when no treated unit has at least 2 answers on each side (or, with controls, no
	 * control unit has). Units with fewer than 2 answers on either side are left out (named in unitsLeftOut).
	 */
	public static @Nullable DiffInDiff estimate(List<UnitAnswers> treated, List<UnitAnswers> control,
			boolean proportion) {
		List<String> leftOut = new ArrayList<>();
		Change treatedChange = Change.of(treated, leftOut);
		Change controlChange = control.isEmpty() ? null : Change.of(control, leftOut);
		if (treatedChange == null || (!control.isEmpty() && controlChange == null)) {
			return null;
		}
		double value = treatedChange.value();
		double variance = treatedChange.variance();
		double welch = treatedChange.welch();
		double freedom = treatedChange.freedom();
		if (controlChange != null) {
			value -= controlChange.value();
			variance += controlChange.variance();
			welch += controlChange.welch();
			freedom += controlChange.freedom();
		}
		double df = degreesOfFreedom(variance, welch, freedom);
		double se = Math.sqrt(variance);
		double[] ci95 = Intervals.interval(value, variance, df);
		double p = variance > 0 ? Intervals.twoSidedP(value / se, df) : value == 0 ? 1 : 0;
		return new DiffInDiff(controlChange == null ? DiffInDiff.BEFORE_AFTER : DiffInDiff.DID,
				treatedChange.group(proportion), controlChange == null ? null : controlChange.group(proportion),
				value, ci95, se, df, p, leftOut);
	}

	/** Welch–Satterthwaite's (Σv)²/Σ(v²/(n−1)); Σ(n−1) when every v is zero. */
	private static double degreesOfFreedom(double variance, double welch, double freedom) {
		return welch > 0 ? variance * variance / welch : freedom;
	}

	/** One group's weighted change: its two sides over the units kept. */
	private record Change(Side before, Side after, List<String> units) {

		/** Null when no unit has enough answers on both sides; the others' names go to leftOut. */
		static @Nullable Change of(List<UnitAnswers> units, List<String> leftOut) {
			List<UnitAnswers> kept = new ArrayList<>();
			double precision = 0;
			for (UnitAnswers unit : units) {
				if (unit.totalBefore().n() >= MINIMUM && unit.totalAfter().n() >= MINIMUM) {
					kept.add(unit);
					precision += precision(unit);
				}
				else {
					leftOut.add(unit.unit());
				}
			}
			if (kept.isEmpty()) {
				return null;
			}
			Side before = new Side();
			Side after = new Side();
			for (UnitAnswers unit : kept) {
				double weight = precision(unit) / precision;
				before.add(weight, unit.totalBefore());
				after.add(weight, unit.totalAfter());
			}
			return new Change(before, after, kept.stream().map(UnitAnswers::unit).toList());
		}

		/** n_b·n_a/(n_b + n_a): the inverse of a unit change's variance at unit spread. */
		private static double precision(UnitAnswers unit) {
			double before = unit.totalBefore().n();
			double after = unit.totalAfter().n();
			return before * after / (before + after);
		}

		double value() {
			return after.value - before.value;
		}

		double variance() {
			return after.variance + before.variance;
		}

		double welch() {
			return after.welch + before.welch;
		}

		double freedom() {
			return after.freedom + before.freedom;
		}

		DiffInDiff.Group group(boolean proportion) {
			return new DiffInDiff.Group(before.summary(proportion), after.summary(proportion), units);
		}
	}

	/** One side of a group: the weighted mean of its units' means and the terms of that mean's variance. */
	private static final class Side {

		double value;

		double variance;

		/** Σ v²/(n−1), Welch–Satterthwaite's denominator. */
		double welch;

		/** Σ (n−1). */
		double freedom;

		/** Σ w²·p(1−p)/n, a proportion's binomial variance (percent²). */
		double binomial;

		long n;

		void add(double weight, Moments answers) {
			double mean = answers.mean();
			double term = weight * weight * answers.variance() / answers.n();
			value += weight * mean;
			variance += term;
			welch += term * term / (answers.n() - 1);
			freedom += answers.n() - 1;
			binomial += weight * weight * mean * (100 - mean) / answers.n();
			n += answers.n();
		}

		Summary summary(boolean proportion) {
			if (proportion) {
				double spread = value * (100 - value);
				double answers = binomial > 0 && spread > 0 ? Math.min(n, spread / binomial) : n;
				return Intervals.wilson(value, answers, n);
			}
			return Intervals.t(value, variance, degreesOfFreedom(variance, welch, freedom), n);
		}
	}
}
