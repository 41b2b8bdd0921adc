package io.tajriba.personas.domain;

import java.util.List;
import java.util.Map;

/**
 * A group of customers that behave alike, found by clustering: its size, the mean of each feature, the features
 * that set it apart (in standard deviations from everyone's mean) and a rule a person can accept as a persona.
 */
public record Suggestion(int number, int customers, double share, Map<String, Double> means,
		List<Distinction> distinctions, PersonaRule rule) {

	/** A feature where the group differs from everyone: its mean there, everyone's mean, and by how much. */
	public record Distinction(String feature, double groupMean, double overallMean, double z) {
	}
}
