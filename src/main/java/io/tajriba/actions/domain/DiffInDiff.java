package io.tajriba.actions.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Treated (and control) before and after, the difference, its interval, the test. No figure is NaN: every unit
 * counted has at least two answers on each side (see {@link DifferenceInDifferences}).
 *
 * @param method {@link #DID} with controls, {@link #BEFORE_AFTER} without
 * @param value (treated after − before) − (control after − before), or treated after − before
 * @param ci95 {low, high}, the t interval with the Welch–Satterthwaite degrees of freedom
 * @param unitsLeftOut the units of either group with fewer than two answers before or after
 */
public record DiffInDiff(String method, Group treated, @Nullable Group control, double value, double[] ci95,
		double standardError, double degreesOfFreedom, double pValue, List<String> unitsLeftOut) {

	public static final String DID = "difference_in_differences";

	public static final String BEFORE_AFTER = "before_after";

	public DiffInDiff {
		if (ci95.length != 2) {
			throw new IllegalArgumentException("an estimate needs an interval {low, high}");
		}
		ci95 = ci95.clone();
		unitsLeftOut = List.copyOf(unitsLeftOut);
	}

	/** A group's weighted means before and after launch and the units they rest on. */
	public record Group(Summary before, Summary after, List<String> units) {

		public Group {
			units = List.copyOf(units);
		}
	}
}
