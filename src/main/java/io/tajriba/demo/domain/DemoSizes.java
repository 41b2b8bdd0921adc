package io.tajriba.demo.domain;

import java.time.Instant;

/**
 * How big the demo company is: customers, the days of history ending at {@code end}, and the seed that makes the
 * same sizes give the same data. About 23 interactions a customer: 440,000 customers make 10 million.
 */
public record DemoSizes(int customers, int days, long seed, Instant end) {

	public static final int DEFAULT_CUSTOMERS = 5_000;
	public static final int DEFAULT_DAYS = 365;
	public static final long DEFAULT_SEED = 20261123L;

	public DemoSizes {
		if (customers < 1 || days < 30) {
			throw new IllegalArgumentException("a demo company needs at least one customer and 30 days");
		}
	}
}
