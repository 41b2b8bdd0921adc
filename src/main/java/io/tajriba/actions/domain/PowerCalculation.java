package io.tajriba.actions.domain;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * How long an initiative must run to tell its effect from chance, planned before launch from the baseline's
 * volumes and spread. The difference in differences of group means over B weeks before and W after has the variance
 * below; an effect is found with 80% power by a two-sided 5% test when it is (z₀.₉₇₅ + z₀.₈) standard errors
 * away from 0. The normal quantiles stand in for the t ones: at the volumes worth planning for the degrees of
 * freedom run into the hundreds. The baseline's terms do not shrink with W, so a short baseline can make an effect
 * undetectable however long the initiative runs.
 */
public final class PowerCalculation {

	/** z₀.₉₇₅ + z₀.₈ = 1.959964 + 0.841621 = 2.801585. */
	static final double MULTIPLIER = Intervals.Z + new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.8);

	private PowerCalculation() {
	}

	/**
	 * Var(W) = σT²/(rT·W) + σT²/(rT·B) + σC²/(rC·W) + σC²/(rC·B) (control terms only when rC > 0); the smallest
	 * whole W ≥ 1 with (z₀.₉₇₅ + z₀.₈)²·Var(W) ≤ effect²; weeks null when not reached by maxWeeks.
	 * detectableAt52Weeks = (z₀.₉₇₅ + z₀.₈)·√Var(52). standardDeviation = σT.
	 * sdTreated/sdControl are the per-answer standard deviations, r* answers per week, B baseline weeks (≥1).
	 * The sign of the effect does not matter (the test is two-sided). With no treated answers per week (rT = 0)
	 * nothing is detectable: weeks null, detectableAt52Weeks infinite.
	 *
	 * @throws IllegalArgumentException for a standard deviation or rate that is negative or not finite, an effect
	 *     that is not finite, or fewer than one baseline week
	 */
	public static PowerPlan weeksNeeded(double effect, double sdTreated, double treatedPerWeek, double sdControl,
			double controlPerWeek, int baselineWeeks, int maxWeeks) {
		if (!Double.isFinite(effect) || !nonNegative(sdTreated) || !nonNegative(treatedPerWeek)
				|| !nonNegative(sdControl) || !nonNegative(controlPerWeek) || baselineWeeks < 1) {
			throw new IllegalArgumentException("power needs a finite effect, finite standard deviations and rates"
					+ " >= 0 and at least one baseline week");
		}
		// Var(W) = perWeek·(1/W + 1/B), perWeek being the variance of one week's difference of group means
		double perWeek = treatedPerWeek > 0 ? sdTreated * sdTreated / treatedPerWeek : Double.POSITIVE_INFINITY;
		if (controlPerWeek > 0) {
			perWeek += sdControl * sdControl / controlPerWeek;
		}
		double detectable = MULTIPLIER * Math.sqrt(perWeek * (1.0 / 52 + 1.0 / baselineWeeks));
		return new PowerPlan(weeks(effect, perWeek, baselineWeeks, maxWeeks), treatedPerWeek, controlPerWeek,
				sdTreated, detectable);
	}

	/**
	 * The smallest W with MULTIPLIER²·perWeek·(1/W + 1/B) ≤ effect², from the closed form
	 * 1/W ≤ effect²/(MULTIPLIER²·perWeek) − 1/B, then stepped to the exact boundary against rounding.
	 */
	private static @Nullable Integer weeks(double effect, double perWeek, int baselineWeeks, int maxWeeks) {
		if (maxWeeks < 1) {
			return null;
		}
		if (perWeek == 0) {
			return 1;
		}
		double room = effect * effect / (MULTIPLIER * MULTIPLIER * perWeek) - 1.0 / baselineWeeks;
		if (!(room > 0)) {
			return null;
		}
		long w = Math.max(1, (long) Math.ceil(1 / room));
		while (w > 1 && detects(effect, perWeek, baselineWeeks, w - 1)) {
			w--;
		}
		while (!detects(effect, perWeek, baselineWeeks, w)) {
			w++;
		}
		return w <= maxWeeks ? (int) w : null;
	}

	private static boolean detects(double effect, double perWeek, int baselineWeeks, long w) {
		return MULTIPLIER * MULTIPLIER * perWeek * (1.0 / w + 1.0 / baselineWeeks) <= effect * effect;
	}

	private static boolean nonNegative(double value) {
		return Double.isFinite(value) && value >= 0;
	}
}
