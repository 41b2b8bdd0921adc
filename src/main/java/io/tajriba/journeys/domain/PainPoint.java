package io.tajriba.journeys.domain;

/**
 * A touchpoint or stage where a bad experience is followed by the outcome more often than a bad experience
 * elsewhere: {@code exposed} customers had a bad experience here, and {@code exposedRate} of them had the outcome
 * after it; {@code comparison} customers had bad experiences only elsewhere, and {@code comparisonRate} of them had
 * the outcome after their first. {@code excessCustomers} is how many of the exposed would not have had the
 * outcome at the comparison rate (a − (a + b)·r₀); {@code lostRevenue} is the yearly revenue of the exposed with
 * the outcome, and {@code excessRevenue} the share of it the raised risk accounts for, (1 − 1/RR) of it.
 */
public record PainPoint(PainPointKind kind, int code, Outcome outcome, long exposed, Rate exposedRate,
		long comparison, Rate comparisonRate, RelativeRisk relativeRisk, double excessCustomers, double lostRevenue,
		double excessRevenue) {

	public PainPoint {
		if (exposedRate.n() != exposed || comparisonRate.n() != comparison) {
			throw new IllegalArgumentException("the rates must rest on the exposed and comparison counts");
		}
		if (!(lostRevenue >= 0) || !(excessRevenue >= 0) || excessRevenue > lostRevenue * (1 + 1e-9)) {
			throw new IllegalArgumentException("revenue must be non-negative and the excess part of the lost");
		}
	}
}
