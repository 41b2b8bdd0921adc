package io.tajriba.surveys.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Checks answers against their questions: scales within their ends, choices among the offered ones, one choice
 * for a single choice, text within its length, required questions answered (for a complete response). Answers to
 * questions that the skip logic hides are dropped.
 */
public final class AnswerCheck {

	/** The answers kept and what was wrong with the others. */
	public record Result(Map<String, Answer> answers, List<AnswerError> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	private AnswerCheck() {
	}

	public static Result check(SurveyDefinition survey, Map<String, Answer> given, boolean complete) {
		List<AnswerError> errors = new ArrayList<>();
		Set<String> keys = survey.questions().stream().map(Question::key).collect(Collectors.toSet());
		given.keySet().stream().filter(key -> !keys.contains(key)).sorted()
			.forEach(key -> errors.add(new AnswerError(key, "unknown", List.of())));
		Map<String, Answer> kept = new LinkedHashMap<>();
		for (Question q : survey.visible(given)) {
			Answer answer = normalised(q, given.get(q.key()));
			if (answer == null || answer.isEmpty()) {
				if (complete && q.required()) {
					errors.add(new AnswerError(q.key(), "required", List.of()));
				}
				continue;
			}
			AnswerError error = check(q, answer);
			if (error == null) {
				kept.put(q.key(), answer);
			}
			else {
				errors.add(error);
			}
		}
		return new Result(kept, errors);
	}

	/** The answers read by their questions' types (see {@link #normalised}); unknown keys are kept as they are. */
	public static Map<String, Answer> normalise(SurveyDefinition survey, Map<String, Answer> given) {
		Map<String, Answer> out = new LinkedHashMap<>(given);
		for (Question q : survey.questions()) {
			Answer answer = normalised(q, given.get(q.key()));
			if (answer != null) {
				out.put(q.key(), answer);
			}
		}
		return out;
	}

	/** A form sends every value as text: a number for a scale, a key for a choice. */
	static @Nullable Answer normalised(Question q, @Nullable Answer answer) {
		if (answer == null || answer.text() == null || answer.text().isBlank()) {
			return answer;
		}
		String text = answer.text().strip();
		if (q.type().isScale() && text.matches("-?[0-9]{1,9}")) {
			return Answer.number(Integer.parseInt(text));
		}
		if (q.type().hasChoices() || q.type() == QuestionType.EMOTION) {
			return Answer.choices(List.of(text));
		}
		return answer;
	}

	private static @Nullable AnswerError check(Question q, Answer answer) {
		if (q.type().isScale()) {
			Integer n = answer.number();
			return n == null || n < q.min() || n > q.max()
					? new AnswerError(q.key(), "range", List.of(q.min(), q.max())) : null;
		}
		return switch (q.type()) {
			case TEXT -> answer.text() == null ? new AnswerError(q.key(), "type", List.of())
					: answer.text().length() > q.maxLength()
							? new AnswerError(q.key(), "length", List.of(q.maxLength())) : null;
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(q, answer,
					q.choices().stream().map(Choice::key).collect(Collectors.toSet()));
			case EMOTION -> choices(q, answer, java.util.Arrays.stream(Emotion.values()).map(Emotion::key)
				.collect(Collectors.toSet()));
			default -> new AnswerError(q.key(), "type", List.of());
		};
	}

	private static @Nullable AnswerError choices(Question q, Answer answer, Set<String> offered) {
		if (answer.choices().isEmpty() || !offered.containsAll(answer.choices())) {
			return new AnswerError(q.key(), "choice", List.of());
		}
		if (q.type() == QuestionType.SINGLE_CHOICE && answer.choices().size() != 1) {
			return new AnswerError(q.key(), "one", List.of());
		}
		return null;
	}
}
