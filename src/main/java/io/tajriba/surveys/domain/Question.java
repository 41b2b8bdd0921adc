package io.tajriba.surveys.domain;

import java.util.List;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * One question: a key unique in its survey (answers are stored under it), its type and text in each language,
 * whether it must be answered, the scale ends or choices, the labels of the scale ends, an optional condition on
 * an earlier answer, and for text the longest answer taken.
 */
public record Question(String key, QuestionType type, LocalizedText text, boolean required, int min, int max,
		List<Choice> choices, @Nullable LocalizedText lowLabel, @Nullable LocalizedText highLabel,
		@Nullable Condition showIf, int maxLength) {

	static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
	public static final int MAX_TEXT_ANSWER = 5_000;

	public Question {
		if (!KEY.matcher(key).matches()) {
			throw new InvalidFieldException("questions.key", "must be a lower-case key such as nps or what_went_wrong");
		}
		choices = List.copyOf(choices);
		if (type.isScale()) {
			if (type != QuestionType.RATING) {
				min = type.defaultMin();
				max = type.defaultMax();
			}
			if (min < 0 || max > 10 || max - min < 1) {
				throw new InvalidFieldException("questions." + key + ".max", "a rating scale runs within 0 to 10");
			}
		}
		if (type.hasChoices() && choices.size() < 2) {
			throw new InvalidFieldException("questions." + key + ".choices", "needs at least two choices");
		}
		if (choices.stream().map(Choice::key).distinct().count() < choices.size()) {
			throw new InvalidFieldException("questions." + key + ".choices", "has the same key twice");
		}
		if (type == QuestionType.TEXT) {
			maxLength = maxLength <= 0 ? MAX_TEXT_ANSWER : Math.min(maxLength, MAX_TEXT_ANSWER);
		}
	}

	/** A question of a fixed scale (NPS, CSAT, CES, repurchase) or open text, without choices. */
	public static Question of(String key, QuestionType type, LocalizedText text, boolean required) {
		return new Question(key, type, text, required, type.defaultMin(), type.defaultMax(), List.of(), null, null,
				null, 0);
	}

	public Question when(Condition condition) {
		return new Question(key, type, text, required, min, max, choices, lowLabel, highLabel, condition, maxLength);
	}

	public Question labelled(LocalizedText low, LocalizedText high) {
		return new Question(key, type, text, required, min, max, choices, low, high, showIf, maxLength);
	}
}
