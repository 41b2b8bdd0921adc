package io.tajriba.actions.domain;

import org.jspecify.annotations.Nullable;

/**
 * How many weeks after launch it takes to detect an effect with 80% power at 5% (two-sided).
 *
 * @param weeks the weeks after launch; null when not reached within the weeks allowed
 * @param standardDeviation the treated units' per-answer standard deviation
 * @param detectableAt52Weeks the smallest effect a year after launch would detect with 80% power; infinite (the
 *     only non-finite figure) when the treated units get no answers at all
 */
public record PowerPlan(@Nullable Integer weeks, double treatedPerWeek, double controlPerWeek,
		double standardDeviation, double detectableAt52Weeks) {
}
