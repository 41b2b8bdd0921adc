package io.tajriba.customers;

/**
 * What the customers can be grouped by: the latest NPS answer (0 to 10) or the sentiment of the latest text (-1 to 1).
 * Their order is stored (0, 1) with the sums kept per signal: add new ones at the end.
 */
public enum Signal {

	NPS(0, 10), SENTIMENT(-1, 1);

	private final int min;

	private final int max;

	Signal(int min, int max) {
		this.min = min;
		this.max = max;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}
}
