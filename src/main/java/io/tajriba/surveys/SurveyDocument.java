package io.tajriba.surveys;

import java.util.List;
import java.util.Map;

import io.tajriba.surveys.domain.Answer;
import io.tajriba.surveys.domain.Audience;
import io.tajriba.surveys.domain.Choice;
import io.tajriba.surveys.domain.Condition;
import io.tajriba.surveys.domain.LocalizedText;
import io.tajriba.surveys.domain.Question;
import io.tajriba.surveys.domain.QuestionType;
import io.tajriba.surveys.domain.SurveyDefinition;
import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * A survey definition as JSON, for the API, export and import: texts are objects of language to text, e.g.
 * {@code {"title":{"en":"...","fa":"..."},"languages":["fa","en"],"questions":[{"key":"nps","type":"nps",...}]}}.
 */
public record SurveyDocument(@Nullable Map<String, String> title, @Nullable Map<String, String> intro,
		@Nullable Map<String, String> thanks, @Nullable List<String> languages, @Nullable String audience,
		@Nullable List<QuestionDocument> questions) {

	public record QuestionDocument(@Nullable String key, @Nullable String type, @Nullable Map<String, String> text,
			@Nullable Boolean required, @Nullable Integer min, @Nullable Integer max,
			@Nullable List<ChoiceDocument> choices, @Nullable Map<String, String> lowLabel,
			@Nullable Map<String, String> highLabel, @Nullable ConditionDocument showIf, @Nullable Integer maxLength) {
	}

	public record ChoiceDocument(@Nullable String key, @Nullable Map<String, String> label) {
	}

	public record ConditionDocument(@Nullable String question, @Nullable List<String> anyOf, @Nullable Integer min,
			@Nullable Integer max) {
	}

	/** The definition this document describes; the first field at fault is named. */
	public SurveyDefinition toDefinition() {
		if (questions == null) {
			throw new InvalidFieldException("questions", "is required");
		}
		return new SurveyDefinition(text(title), text(intro), text(thanks),
				languages == null ? List.of() : present("languages", languages),
				audience == null ? Audience.CUSTOMERS : Audience.of("audience", audience),
				present("questions", questions).stream().map(SurveyDocument::question).toList());
	}

	private static Question question(QuestionDocument q) {
		if (q.key() == null || q.type() == null) {
			throw new InvalidFieldException("questions." + (q.key() == null ? "key" : q.key() + ".type"), "is required");
		}
		QuestionType type = QuestionType.of("questions." + q.key() + ".type", q.type());
		List<Choice> choices = q.choices() == null ? List.of()
				: present("questions." + q.key() + ".choices", q.choices()).stream()
			.map(c -> new Choice(c.key() == null ? "" : c.key(), text(c.label()))).toList();
		Condition showIf = q.showIf() == null || q.showIf().question() == null ? null
				: new Condition(q.showIf().question(), q.showIf().anyOf() == null ? List.of()
						: present("questions." + q.key() + ".showIf.anyOf", q.showIf().anyOf()),
						q.showIf().min(), q.showIf().max());
		return new Question(q.key(), type, text(q.text()), q.required() == null || q.required(),
				q.min() == null ? type.defaultMin() : q.min(), q.max() == null ? type.defaultMax() : q.max(), choices,
				q.lowLabel() == null ? null : text(q.lowLabel()), q.highLabel() == null ? null : text(q.highLabel()),
				showIf, q.maxLength() == null ? 0 : q.maxLength());
	}

	/** The list, when none of its elements is null; else the first null one is named, as {@code languages[0]}. */
	private static <T> List<T> present(String field, List<T> list) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i) == null) {
				throw new InvalidFieldException(field + "[" + i + "]", "must not be null");
			}
		}
		return list;
	}

	private static LocalizedText text(@Nullable Map<String, String> texts) {
		return new LocalizedText(texts == null ? Map.of() : texts);
	}

	public static SurveyDocument of(SurveyDefinition d) {
		return new SurveyDocument(d.title().texts(), d.intro().texts(), d.thanks().texts(), d.languages(),
				d.audience().key(), d.questions().stream().map(SurveyDocument::document).toList());
	}

	private static QuestionDocument document(Question q) {
		return new QuestionDocument(q.key(), q.type().key(), q.text().texts(), q.required(), q.min(), q.max(),
				q.choices().isEmpty() ? null
						: q.choices().stream().map(c -> new ChoiceDocument(c.key(), c.label().texts())).toList(),
				q.lowLabel() == null ? null : q.lowLabel().texts(), q.highLabel() == null ? null : q.highLabel().texts(),
				q.showIf() == null ? null : new ConditionDocument(q.showIf().question(),
						q.showIf().anyOf().isEmpty() ? null : q.showIf().anyOf(), q.showIf().min(), q.showIf().max()),
				q.type() == QuestionType.TEXT ? q.maxLength() : null);
	}

	/** An answer as JSON gives it: a number, a text, or a list of choice keys. */
	public static Answer answer(String question, @Nullable Object value) {
		return switch (value) {
			case null -> new Answer(null, null, List.of());
			case Integer n -> Answer.number(n);
			case Long n when n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE -> Answer.number(n.intValue());
			case String s -> Answer.text(s);
			case List<?> list when list.stream().allMatch(String.class::isInstance) ->
				Answer.choices(list.stream().map(String.class::cast).toList());
			default -> throw new InvalidFieldException("answers." + question,
					"must be a whole number, a text or a list of choice keys");
		};
	}
}
