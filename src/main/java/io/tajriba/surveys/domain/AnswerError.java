package io.tajriba.surveys.domain;

import java.util.List;

/**
 * Why an answer is not taken, as a code that pages show in the respondent's language ({@code survey.error.CODE}
 * with the arguments) and an English message for the API.
 */
public record AnswerError(String question, String code, List<Object> arguments) {

	public AnswerError {
		arguments = List.copyOf(arguments);
	}

	public String message() {
		return switch (code) {
			case "required" -> "is required";
			case "range" -> "must be a whole number from " + arguments.get(0) + " to " + arguments.get(1);
			case "choice" -> "must be one of the question's choices";
			case "one" -> "takes exactly one choice";
			case "length" -> "must have at most " + arguments.get(0) + " characters";
			case "unknown" -> "is not a question of this survey";
			default -> "is not a valid answer";
		};
	}
}
