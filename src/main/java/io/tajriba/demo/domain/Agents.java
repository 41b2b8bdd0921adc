package io.tajriba.demo.domain;

import java.util.List;
import java.util.random.RandomGenerator;

/** The twenty support agents of the demo company; a few are much better or worse than the rest. */
final class Agents {

	static final List<String> NAMES = List.of("Sara Ahmadi", "Omid Rahimi", "Layla Haddad", "Noa Levi",
			"James Carter", "Maryam Karimi", "Yusuf Al-Amin", "Tamar Cohen", "Emily Brooks", "Reza Moradi",
			"Fatima Zahra", "Avi Mizrahi", "Hannah Wright", "Kaveh Jafari", "Nour Khalil", "Yael Shapiro",
			"Daniel Green", "Parisa Tehrani", "Karim Mansour", "Michal Friedman");

	private Agents() {
	}

	static int pick(RandomGenerator random) {
		return random.nextInt(NAMES.size());
	}

	/** How much more (or less) often than usual this agent leaves a customer with a bad experience. */
	static double badFactor(int agent) {
		return switch (agent) {
			case 4, 13 -> 2.5;
			case 7, 17 -> 0.3;
			default -> 1.0;
		};
	}
}
