package io.tajriba.surveys.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.tajriba.platform.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * The changes the survey editor makes to a draft, each giving a new definition (checked like any other): every
 * text in every language at once, the languages, and questions added, removed, moved, made optional or given
 * options. Texts are named as {@link SurveyDefinition#missingTranslations()} names them.
 */
public final class SurveyEdits {

	/** One text of the survey, such as {@code questions.nps.text}, in each language. */
	public record TextSlot(String field, LocalizedText text) {
	}

	private SurveyEdits() {
	}

	/** Every text of the survey, in the order a respondent meets them. */
	public static List<TextSlot> texts(SurveyDefinition d) {
		List<TextSlot> slots = new ArrayList<>(List.of(new TextSlot("title", d.title()),
				new TextSlot("intro", d.intro())));
		for (Question q : d.questions()) {
			String prefix = "questions." + q.key() + ".";
			slots.add(new TextSlot(prefix + "text", q.text()));
			if (q.type().isScale()) {
				slots.add(new TextSlot(prefix + "lowLabel", orEmpty(q.lowLabel())));
				slots.add(new TextSlot(prefix + "highLabel", orEmpty(q.highLabel())));
			}
			q.choices().forEach(c -> slots.add(new TextSlot(prefix + "choices." + c.key(), c.label())));
		}
		slots.add(new TextSlot("thanks", d.thanks()));
		return slots;
	}

	/** The definition with these texts (field to language to text; a blank text removes it), others unchanged. */
	public static SurveyDefinition withTexts(SurveyDefinition d, Map<String, Map<String, String>> edits) {
		List<Question> questions = d.questions().stream().map(q -> {
			String prefix = "questions." + q.key() + ".";
			List<Choice> choices = q.choices().stream()
				.map(c -> new Choice(c.key(), merge(c.label(), edits.get(prefix + "choices." + c.key())))).toList();
			LocalizedText low = merge(orEmpty(q.lowLabel()), edits.get(prefix + "lowLabel"));
			LocalizedText high = merge(orEmpty(q.highLabel()), edits.get(prefix + "highLabel"));
			return new Question(q.key(), q.type(), merge(q.text(), edits.get(prefix + "text")), q.required(), q.min(),
					q.max(), choices, low.isEmpty() ? null : low, high.isEmpty() ? null : high, q.showIf(),
					q.maxLength());
		}).toList();
		return new SurveyDefinition(merge(d.title(), edits.get("title")), merge(d.intro(), edits.get("intro")),
				merge(d.thanks(), edits.get("thanks")), d.languages(), d.audience(), questions);
	}

	/** The survey asked in these languages, the first being its default; texts in other languages are kept. */
	public static SurveyDefinition withLanguages(SurveyDefinition d, List<String> languages) {
		return new SurveyDefinition(d.title(), d.intro(), d.thanks(), languages, d.audience(), d.questions());
	}

	/** A new question at the end, its text in one language; choice questions start with two options to name. */
	public static SurveyDefinition add(SurveyDefinition d, String key, QuestionType type, String language, String text) {
		List<Choice> choices = type.hasChoices()
				? List.of(new Choice("option_1", LocalizedText.of()), new Choice("option_2", LocalizedText.of()))
				: List.of();
		Question question = new Question(key, type, LocalizedText.of(language, text), type != QuestionType.TEXT,
				type.defaultMin(), type.defaultMax(), choices, null, null, null, 0);
		List<Question> questions = new ArrayList<>(d.questions());
		questions.add(question);
		return with(d, questions);
	}

	/** Without the question; refused while a later question's condition depends on it. */
	public static SurveyDefinition remove(SurveyDefinition d, String key) {
		find(d, key);
		d.questions().stream().filter(q -> q.showIf() != null && q.showIf().question().equals(key)).findFirst()
			.ifPresent(q -> {
				throw new InvalidFieldException("questions." + q.key() + ".showIf",
						"is asked after " + key + " only: change or remove it first");
			});
		return with(d, d.questions().stream().filter(q -> !q.key().equals(key)).toList());
	}

	/** The question one place earlier ({@code -1}) or later ({@code 1}); a condition keeps its question earlier. */
	public static SurveyDefinition move(SurveyDefinition d, String key, int by) {
		List<Question> questions = new ArrayList<>(d.questions());
		int from = questions.indexOf(find(d, key));
		int to = Math.max(0, Math.min(questions.size() - 1, from + Integer.signum(by)));
		questions.add(to, questions.remove(from));
		return with(d, questions);
	}

	public static SurveyDefinition required(SurveyDefinition d, String key, boolean required) {
		return change(d, key, q -> new Question(q.key(), q.type(), q.text(), required, q.min(), q.max(), q.choices(),
				q.lowLabel(), q.highLabel(), q.showIf(), q.maxLength()));
	}

	/** One more option for a choice question, its label to be written in each language. */
	public static SurveyDefinition addChoice(SurveyDefinition d, String key, String choice) {
		return change(d, key, q -> {
			if (!q.type().hasChoices()) {
				throw new InvalidFieldException("questions." + key + ".choices", "only choice questions have options");
			}
			List<Choice> choices = new ArrayList<>(q.choices());
			choices.add(new Choice(choice, LocalizedText.of()));
			return new Question(q.key(), q.type(), q.text(), q.required(), q.min(), q.max(), choices, q.lowLabel(),
					q.highLabel(), q.showIf(), q.maxLength());
		});
	}

	public static SurveyDefinition removeChoice(SurveyDefinition d, String key, String choice) {
		return change(d, key, q -> new Question(q.key(), q.type(), q.text(), q.required(), q.min(), q.max(),
				q.choices().stream().filter(c -> !c.key().equals(choice)).toList(), q.lowLabel(), q.highLabel(),
				q.showIf(), q.maxLength()));
	}

	private static SurveyDefinition change(SurveyDefinition d, String key, UnaryOperator<Question> change) {
		find(d, key);
		return with(d, d.questions().stream().map(q -> q.key().equals(key) ? change.apply(q) : q).toList());
	}

	private static Question find(SurveyDefinition d, String key) {
		return d.questions().stream().filter(q -> q.key().equals(key)).findFirst()
			.orElseThrow(() -> new InvalidFieldException("question", "no question has the key " + key));
	}

	private static SurveyDefinition with(SurveyDefinition d, List<Question> questions) {
		return new SurveyDefinition(d.title(), d.intro(), d.thanks(), d.languages(), d.audience(), questions);
	}

	private static LocalizedText merge(LocalizedText text, @Nullable Map<String, String> edits) {
		if (edits == null) {
			return text;
		}
		Map<String, String> merged = new LinkedHashMap<>(text.texts());
		merged.putAll(edits);
		return new LocalizedText(merged);
	}

	private static LocalizedText orEmpty(@Nullable LocalizedText text) {
		return text == null ? LocalizedText.of() : text;
	}
}
