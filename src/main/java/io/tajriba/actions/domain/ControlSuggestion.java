package io.tajriba.actions.domain;

import java.util.List;

/**
 * Control units suggested for treated ones: the untreated closest on the baseline's level and trend.
 *
 * @param treatedLevel the treated units' baseline mean; NaN (the only NaN) when they have no baseline answer, and
 *     then nothing is suggested
 * @param treatedTrend the treated units' baseline trend per week; 0 with answers in fewer than two weeks
 * @param controls the suggestions, nearest first
 * @param regressionToMeanRisk the treated units look picked for being the worst: a rise after launch may be their
 *     return towards the others rather than the initiative's effect
 */
public record ControlSuggestion(double treatedLevel, double treatedTrend, List<Candidate> controls,
		boolean regressionToMeanRisk) {

	public ControlSuggestion {
		controls = List.copyOf(controls);
	}

	/**
	 * A suggested unit: its baseline level (mean), trend (per week, least squares on weekly means weighted by n),
	 * answers, and its distance to the treated units in standard deviations of the candidates' levels and trends.
	 */
	public record Candidate(String unit, double level, double trend, long n, double distance) {
	}
}
