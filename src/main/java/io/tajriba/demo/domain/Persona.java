package io.tajriba.demo.domain;

import java.util.List;

/**
 * The three kinds of customer the demo company has, each with its own channels, spending and habits; the names
 * are what persona clustering should find again.
 */
public enum Persona {

	DIGITAL_REGULAR("digital regulars", 0.40, List.of("18-24", "25-34"), "high", 15, 60, 0.85),
	STORE_LOYALIST("store loyalists", 0.30, List.of("45-54", "55-64", "65+"), "low", 40, 220, 0.15),
	BARGAIN_HUNTER("bargain hunters", 0.30, List.of("25-34", "35-44"), "medium", 8, 45, 0.60);

	private final String label;
	private final double share;
	private final List<String> ageBands;
	private final String techAffinity;
	private final int minOrder;
	private final int maxOrder;
	private final double online;

	Persona(String label, double share, List<String> ageBands, String techAffinity, int minOrder, int maxOrder,
			double online) {
		this.label = label;
		this.share = share;
		this.ageBands = ageBands;
		this.techAffinity = techAffinity;
		this.minOrder = minOrder;
		this.maxOrder = maxOrder;
		this.online = online;
	}

	public String label() {
		return label;
	}

	double share() {
		return share;
	}

	List<String> ageBands() {
		return ageBands;
	}

	String techAffinity() {
		return techAffinity;
	}

	int minOrder() {
		return minOrder;
	}

	int maxOrder() {
		return maxOrder;
	}

	/** Probability that a purchase or browsing session happens online rather than in a store. */
	double online() {
		return online;
	}
}
