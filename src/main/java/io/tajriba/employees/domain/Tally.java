package io.tajriba.employees.domain;

import io.tajriba.employees.EmployeeRules;

/** Counts of eNPS answers of a group: promoters, passives and detractors by the workspace's cut-offs. */
public record Tally(long promoters, long passives, long detractors) {

	public static final Tally NONE = new Tally(0, 0, 0);

	public Tally {
		if (promoters < 0 || passives < 0 || detractors < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
	}

	/** One answer of 0 to 10. */
	public static Tally of(int enps, EmployeeRules rules) {
		if (enps >= rules.promoterMin()) {
			return new Tally(1, 0, 0);
		}
		return enps <= rules.detractorMax() ? new Tally(0, 0, 1) : new Tally(0, 1, 0);
	}

	public long n() {
		return promoters + passives + detractors;
	}

	public Tally plus(Tally other) {
		return new Tally(promoters + other.promoters, passives + other.passives, detractors + other.detractors);
	}
}
