package io.tajriba.metrics.domain;

import java.util.List;

/**
 * Return on experience: the figures of each tier, and the revenue at stake if the bottom tier (detractors)
 * behaved like the middle one (passives) = the revenue gap, n<sub>D</sub> × (revenue per passive - revenue per
 * detractor), plus the churn loss, (churn<sub>D</sub> - churn<sub>P</sub>) × n<sub>D</sub> × revenue per passive.
 * The assumptions behind the figure come as message keys with their arguments, to be written beside it in the
 * reader's language.
 */
public record RoiByGroup(Grouping grouping, List<RoiGroup> groups, double revenueGap, double churnLoss,
		double revenueAtStake, List<Assumption> assumptions) {

	public RoiByGroup {
		groups = List.copyOf(groups);
		assumptions = List.copyOf(assumptions);
		Stats.requireFinite(revenueGap, "revenue gap");
		Stats.requireFinite(churnLoss, "churn loss");
		if (Math.abs(revenueAtStake - (revenueGap + churnLoss)) > 1e-6 * Math.max(1, Math.abs(revenueAtStake))) {
			throw new IllegalArgumentException("revenue at stake must be the revenue gap plus the churn loss");
		}
	}

	/** The figures of one tier; a tier without customers has n = 0. */
	public RoiGroup group(Tier tier) {
		return groups.stream().filter(g -> g.tier() == tier).findFirst().orElseThrow();
	}
}
