package io.tajriba.metrics.domain;

/**
 * Behavioural KPIs from counts the interaction hub aggregates. Rates are {@link Proportion}s, so each carries its
 * n and interval; averages of totals are {@link Average}s.
 */
public final class Kpis {

	private Kpis() {
	}

	/** Visits that saw one page and left. */
	public static Proportion bounceRate(long visits, long bounces) {
		return Proportion.of(bounces, visits);
	}

	/** Visits that ended in the goal (a purchase, a sign-up). */
	public static Proportion conversionRate(long visits, long conversions) {
		return Proportion.of(conversions, visits);
	}

	/** Seconds on site per session. */
	public static Average averageTimeOnSite(double totalSeconds, long sessions) {
		return Average.of(totalSeconds, sessions);
	}

	/** Revenue per order. */
	public static Average averageOrderValue(double revenue, long orders) {
		return Average.of(revenue, orders);
	}

	/** Purchasers who bought at least twice. */
	public static Proportion repeatPurchaseRate(long purchasers, long repeatPurchasers) {
		return Proportion.of(repeatPurchasers, purchasers);
	}

	/** Customers lost in the period. */
	public static Proportion churnRate(long customers, long churned) {
		return Proportion.of(churned, customers);
	}

	/** Invitations that were answered. */
	public static Proportion responseRate(long invitations, long responses) {
		return Proportion.of(responses, invitations);
	}
}
