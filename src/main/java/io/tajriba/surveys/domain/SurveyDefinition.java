package io.tajriba.surveys.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.tajriba.platform.InvalidFieldException;

/**
 * What a survey asks, in which languages (the first is the default), of whom: title, introduction, questions in
 * order and the thank-you text. Checked when built (keys unique, conditions only on earlier questions) and before
 * publishing (every text in every language).
 */
public record SurveyDefinition(LocalizedText title, LocalizedText intro, LocalizedText thanks, List<String> languages,
		Audience audience, List<Question> questions) {

	static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
	public static final int MAX_QUESTIONS = 100;

	public SurveyDefinition {
		languages = List.copyOf(languages);
		questions = List.copyOf(questions);
		if (languages.isEmpty() || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())
				|| new HashSet<>(languages).size() < languages.size()) {
			throw new InvalidFieldException("languages", "must list distinct language codes such as en, fa, ar, he");
		}
		if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
			throw new InvalidFieldException("questions", "must have 1 to " + MAX_QUESTIONS + " questions");
		}
		Set<String> earlier = new HashSet<>();
		for (Question q : questions) {
			if (q.showIf() != null && !earlier.contains(q.showIf().question())) {
				throw new InvalidFieldException("questions." + q.key() + ".showIf",
						"may only depend on an earlier question");
			}
			if (!earlier.add(q.key())) {
				throw new InvalidFieldException("questions." + q.key(), "the key is used twice");
			}
		}
	}

	public String defaultLanguage() {
		return languages.getFirst();
	}

	/** The language to show: the one asked for if the survey has it, else the survey's default. */
	public String languageFor(String wanted) {
		return languages.contains(wanted) ? wanted : defaultLanguage();
	}

	/** Every text missing in one of the survey's languages, as field and the languages missing; empty if none. */
	public Map<String, Set<String>> missingTranslations() {
		Map<String, Set<String>> missing = new LinkedHashMap<>();
		check(missing, "title", title);
		check(missing, "thanks", thanks);
		for (Question q : questions) {
			check(missing, "questions." + q.key() + ".text", q.text());
			q.choices().forEach(c -> check(missing, "questions." + q.key() + ".choices." + c.key(), c.label()));
			if (q.lowLabel() != null) {
				check(missing, "questions." + q.key() + ".lowLabel", q.lowLabel());
			}
			if (q.highLabel() != null) {
				check(missing, "questions." + q.key() + ".highLabel", q.highLabel());
			}
		}
		return missing;
	}

	/** Refuses to publish a survey with a text missing in one of its languages, naming the first one. */
	public void checkPublishable() {
		missingTranslations().entrySet().stream().findFirst().ifPresent(e -> {
			throw new InvalidFieldException(e.getKey(), "has no text in " + String.join(", ", e.getValue()));
		});
	}

	private void check(Map<String, Set<String>> missing, String field, LocalizedText text) {
		Set<String> absent = text.missing(languages);
		if (!absent.isEmpty()) {
			missing.put(field, absent);
		}
		if (text.tooLong()) {
			throw new InvalidFieldException(field, "must have at most " + LocalizedText.MAX_LENGTH + " characters");
		}
	}

	/** The questions shown for these answers so far: those without a condition or whose condition holds. */
	public List<Question> visible(Map<String, Answer> answers) {
		List<Question> shown = new ArrayList<>();
		for (Question q : questions) {
			if (q.showIf() == null || q.showIf().holds(answers.get(q.showIf().question()))) {
				shown.add(q);
			}
		}
		return shown;
	}
}
