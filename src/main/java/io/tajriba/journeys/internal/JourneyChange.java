package io.tajriba.journeys.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.tajriba.journeys.domain.JourneyMap;
import io.tajriba.journeys.domain.LocalizedText;
import io.tajriba.journeys.domain.Stage;
import io.tajriba.journeys.domain.StageTargets;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A journey map as a client sends it, checked part by part so that a refusal names the field at fault, e.g.
 * {@code stages[4].targets.csatPercent}.
 */
public record JourneyChange(@Nullable LocalizedText name, @Nullable UUID personaId, @Nullable List<StageChange> stages) {

	/** One stage as sent; targets may be left out. */
	public record StageChange(@Nullable String key, @Nullable LocalizedText name,
			@Nullable LocalizedText intendedExperience, @Nullable List<String> touchpoints,
			@Nullable List<String> interactionTypes, @Nullable List<String> surveyQuestions,
			@Nullable Targets targets) {
	}

	/** Targets as sent: percentages 0-100, CES 1-7, hours 0 and up. */
	public record Targets(@Nullable Double conversionPercent, @Nullable Double csatPercent, @Nullable Double cesMean,
			@Nullable Double positiveSentimentPercent, @Nullable Double medianHours) {
	}

	public static JourneyChange of(JourneyRecord record) {
		return new JourneyChange(record.map().name(), record.personaId(), record.map().stages().stream()
			.map(s -> new StageChange(s.key(), s.name(), s.intendedExperience(), s.touchpoints(), s.interactionTypes(),
					s.surveyQuestions(), new Targets(s.targets().conversionPercent(), s.targets().csatPercent(),
							s.targets().cesMean(), s.targets().positiveSentimentPercent(), s.targets().medianHours())))
			.toList());
	}

	/** The map this change describes; throws {@link InvalidFieldException} naming the first field at fault. */
	public JourneyMap toMap() {
		if (name == null || name.blank()) {
			throw new InvalidFieldException("name.en", "a journey map needs an English name");
		}
		if (stages == null || stages.isEmpty() || stages.size() > JourneyMap.MAX_STAGES) {
			throw new InvalidFieldException("stages", "a journey map has 1 to " + JourneyMap.MAX_STAGES + " stages");
		}
		List<Stage> checked = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			checked.add(stage("stages[" + i + "]", stages.get(i)));
		}
		return valid("stages", () -> new JourneyMap(name, checked));
	}

	private static Stage stage(String path, @Nullable StageChange change) {
		if (change == null) {
			throw new InvalidFieldException(path, "must be a stage");
		}
		StageTargets targets = targets(path + ".targets", change.targets());
		valid(path + ".key", () -> Stage.of(change.key(), "x", ""));
		valid(path + ".name", () -> Stage.of("x", "x", "").withName(change.name()));
		valid(path + ".intendedExperience", () -> new Stage("x", LocalizedText.of("x"), change.intendedExperience(),
				null, null, null, null));
		valid(path + ".touchpoints", () -> Stage.of("x", "x", "").withTouchpoints(change.touchpoints()));
		valid(path + ".interactionTypes", () -> Stage.of("x", "x", "").withInteractionTypes(change.interactionTypes()));
		valid(path + ".surveyQuestions", () -> Stage.of("x", "x", "").withSurveyQuestions(change.surveyQuestions()));
		return new Stage(change.key(), change.name(), change.intendedExperience(), change.touchpoints(),
				change.interactionTypes(), change.surveyQuestions(), targets);
	}

	// each target alone, so that the one out of range is the one named
	private static StageTargets targets(String path, @Nullable Targets t) {
		if (t == null) {
			return StageTargets.NONE;
		}
		valid(path + ".conversionPercent", () -> new StageTargets(t.conversionPercent(), null, null, null, null));
		valid(path + ".csatPercent", () -> new StageTargets(null, t.csatPercent(), null, null, null));
		valid(path + ".cesMean", () -> new StageTargets(null, null, t.cesMean(), null, null));
		valid(path + ".positiveSentimentPercent",
				() -> new StageTargets(null, null, null, t.positiveSentimentPercent(), null));
		valid(path + ".medianHours", () -> new StageTargets(null, null, null, null, t.medianHours()));
		return new StageTargets(t.conversionPercent(), t.csatPercent(), t.cesMean(), t.positiveSentimentPercent(),
				t.medianHours());
	}

	private static <T> T valid(String field, Supplier<T> build) {
		try {
			return build.get();
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, e.getMessage() == null ? "is missing" : e.getMessage());
		}
	}
}
