package io.tajriba.personas.domain;

import java.util.List;
import java.util.Locale;

/**
 * A readable rule for a suggested group: for each distinguishing feature, a threshold halfway between the group's
 * mean and everyone's, above it for features the group has more of and below it for those it has less of.
 */
final class RuleDerivation {

	private RuleDerivation() {
	}

	static PersonaRule rule(List<Suggestion.Distinction> distinctions) {
		return new PersonaRule(distinctions.stream().map(d -> {
			double threshold = (d.groupMean() + d.overallMean()) / 2;
			return new PersonaCondition(d.feature(), d.z() > 0 ? "gte" : "lte", List.of(format(threshold)));
		}).toList());
	}

	static String format(double value) {
		double rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 100) / 100.0;
		return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
				: String.format(Locale.ROOT, "%.2f", rounded);
	}
}
