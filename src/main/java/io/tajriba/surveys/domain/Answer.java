package io.tajriba.surveys.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a respondent gave to one question: a number on a scale, a text, or choice keys (one or several). */
public record Answer(@Nullable Integer number, @Nullable String text, List<String> choices) {

	public Answer {
		choices = List.copyOf(choices);
	}

	public static Answer number(int number) {
		return new Answer(number, null, List.of());
	}

	public static Answer text(String text) {
		return new Answer(null, text, List.of());
	}

	public static Answer choices(List<String> keys) {
		return new Answer(null, null, keys);
	}

	public boolean isEmpty() {
		return number == null && (text == null || text.isBlank()) && choices.isEmpty();
	}
}
