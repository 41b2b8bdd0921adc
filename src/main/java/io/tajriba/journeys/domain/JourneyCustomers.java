package io.tajriba.journeys.domain;

import java.util.Arrays;

/**
 * What is known of each customer beyond their interactions, indexed by the same dense codes as
 * {@link JourneyEvents}: persona code ({@link #NO_PERSONA} when none), whether they churned, and their revenue a
 * year (the money at stake when they leave). A customer never set has no persona, has not churned and no revenue.
 */
public final class JourneyCustomers {

	public static final int NO_PERSONA = -1;

	private final int[] personas;
	private final boolean[] churned;
	private final double[] revenue;

	public JourneyCustomers(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		personas = new int[count];
		Arrays.fill(personas, NO_PERSONA);
		churned = new boolean[count];
		revenue = new double[count];
	}

	public void set(int customer, int persona, boolean hasChurned, double yearlyRevenue) {
		if (persona < NO_PERSONA || !(yearlyRevenue >= 0) || Double.isInfinite(yearlyRevenue)) {
			throw new IllegalArgumentException("customer " + customer + ": bad persona code or revenue");
		}
		personas[customer] = persona;
		churned[customer] = hasChurned;
		revenue[customer] = yearlyRevenue;
	}

	public int count() {
		return personas.length;
	}

	public int persona(int customer) {
		return personas[customer];
	}

	public boolean churned(int customer) {
		return churned[customer];
	}

	public double revenue(int customer) {
		return revenue[customer];
	}
}
