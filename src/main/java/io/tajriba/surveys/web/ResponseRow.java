package io.tajriba.surveys.web;

import java.util.List;
import java.util.Map;

import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.Question;
import io.tajriba.surveys.domain.QuestionType;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.surveys.internal.AnswersJson;
import io.tajriba.surveys.internal.ResponseStore.StoredResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A stored response with its answers read, as the response pages show it. */
record ResponseRow(StoredResponse response, Map<String, Answer> answers) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** One answered question: the question and what was answered. */
	record Item(Question question, Answer answer) {

		public boolean emotions() {
			return question.type() == QuestionType.EMOTION;
		}

		/** The labels of the chosen options in the language asked for (else the survey's first language). */
		public List<String> choiceLabels(String language, String fallback) {
			return answer.choices().stream().map(key -> question.choices().stream()
				.filter(c -> c.key().equals(key)).findFirst().map(c -> c.label().in(language, fallback)).orElse(key))
				.toList();
		}
	}

	static ResponseRow of(StoredResponse response, SurveyDefinition definition) {
		return new ResponseRow(response, AnswersJson.read(MAPPER, response.answers()));
	}

	public @Nullable Integer score(String question) {
		Answer answer = answers.get(question);
		return answer == null ? null : answer.number();
	}

	/** The first written answer, for a line in the list. */
	public @Nullable String firstText(List<Question> texts) {
		return texts.stream().map(q -> answers.get(q.key())).filter(a -> a != null && a.text() != null)
			.map(Answer::text).findFirst().orElse(null);
	}

	/** The survey's questions that have an answer, in the survey's order. */
	public List<Item> answered(List<Question> questions) {
		return questions.stream().filter(q -> answers.containsKey(q.key()) && !answers.get(q.key()).isEmpty())
			.map(q -> new Item(q, answers.get(q.key()))).toList();
	}

}
