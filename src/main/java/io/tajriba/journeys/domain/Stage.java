package io.tajriba.journeys.domain;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One stage of a journey map: its key (stable across renames, used in {@code properties.stage} of interactions),
 * its name and intended experience in four languages, the touchpoints assigned to it, the interaction types and
 * survey questions that count as evidence of it, and its targets.
 */
public record Stage(String key, LocalizedText name, LocalizedText intendedExperience, List<String> touchpoints,
		List<String> interactionTypes, List<String> surveyQuestions, StageTargets targets) {

	static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
	private static final int MAX_NAME = 100;
	private static final int MAX_EXPERIENCE = 500;
	private static final int MAX_LIST = 500;

	public Stage {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("stage key must be 1-40 lower-case letters, digits, - or _, was " + key);
		}
		if (name == null || name.blank() || intendedExperience == null) {
			throw new IllegalArgumentException("stage " + key + " needs an English name");
		}
		if (name.maxLength() > MAX_NAME || intendedExperience.maxLength() > MAX_EXPERIENCE) {
			throw new IllegalArgumentException("stage " + key + ": name or intended experience too long");
		}
		touchpoints = distinct(touchpoints, "touchpoints", key);
		interactionTypes = distinct(interactionTypes, "interactionTypes", key);
		surveyQuestions = distinct(surveyQuestions, "surveyQuestions", key);
		targets = targets == null ? StageTargets.NONE : targets;
	}

	/** A stage with a name and intended experience in English only, no evidence and no targets. */
	public static Stage of(String key, String name, String intendedExperience) {
		return new Stage(key, LocalizedText.of(name), LocalizedText.of(intendedExperience), List.of(), List.of(),
				List.of(), StageTargets.NONE);
	}

	public Stage withName(LocalizedText newName) {
		return new Stage(key, newName, intendedExperience, touchpoints, interactionTypes, surveyQuestions, targets);
	}

	public Stage withTouchpoints(List<String> newTouchpoints) {
		return new Stage(key, name, intendedExperience, newTouchpoints, interactionTypes, surveyQuestions, targets);
	}

	public Stage withInteractionTypes(List<String> types) {
		return new Stage(key, name, intendedExperience, touchpoints, types, surveyQuestions, targets);
	}

	public Stage withSurveyQuestions(List<String> questions) {
		return new Stage(key, name, intendedExperience, touchpoints, interactionTypes, questions, targets);
	}

	public Stage withTargets(StageTargets newTargets) {
		return new Stage(key, name, intendedExperience, touchpoints, interactionTypes, surveyQuestions, newTargets);
	}

	private static List<String> distinct(@Nullable List<String> values, String field, String key) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_LIST) {
			throw new IllegalArgumentException("stage " + key + ": at most " + MAX_LIST + " " + field);
		}
		var seen = new HashSet<String>();
		for (String value : values) {
			if (value == null || value.isBlank() || !seen.add(value)) {
				throw new IllegalArgumentException("stage " + key + ": " + field + " must be distinct and not blank");
			}
		}
		return List.copyOf(values);
	}
}
