package io.tajriba.metrics.domain;

/** What one customer of a tier did in the period: the revenue they brought, whether they bought again, left. */
public record CustomerOutcome(Tier tier, double revenue, boolean repurchased, boolean churned) {

	public CustomerOutcome {
		Stats.requireFinite(revenue, "revenue");
	}
}
