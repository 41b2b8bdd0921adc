package io.tajriba.metrics.domain;

/**
 * The business figures of one tier ("detractors"): how many customers, their revenue per customer with its t
 * interval, the shares who bought again and who left (Wilson intervals), and retention = 1 - churn.
 */
public record RoiGroup(Tier tier, String name, long n, MeanResult revenuePerCustomer, Proportion repurchase,
		Proportion churn, double retention) {

	public RoiGroup {
		if (revenuePerCustomer.n() != n || repurchase.n() != n || churn.n() != n) {
			throw new IllegalArgumentException("revenue, repurchase and churn of " + name + " must rest on " + n);
		}
		if (Math.abs(retention - (1 - churn.value())) > 1e-12) {
			throw new IllegalArgumentException("retention must be 1 - churn");
		}
	}

	/** From aggregates: the revenue figures, and how many of the customers bought again and left. */
	public static RoiGroup of(Tier tier, String name, MeanResult revenuePerCustomer, long repurchased, long churned) {
		long n = revenuePerCustomer.n();
		Proportion churn = Proportion.of(churned, n);
		return new RoiGroup(tier, name, n, revenuePerCustomer, Proportion.of(repurchased, n), churn,
				1 - churn.value());
	}
}
