package io.tajriba.surveys.domain;

import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerCheckTests {

	static final LocalizedText TEXT = LocalizedText.of("en", "Question", "fa", "پرسش");

	static SurveyDefinition survey() {
		return new SurveyDefinition(TEXT, TEXT, TEXT, List.of("en", "fa"), Audience.CUSTOMERS, List.of(
				Question.of("nps", QuestionType.NPS, TEXT, true),
				Question.of("why", QuestionType.TEXT, TEXT, false).when(Condition.between("nps", 0, 6)),
				new Question("channel", QuestionType.SINGLE_CHOICE, TEXT, false, 0, 0,
						List.of(new Choice("web", TEXT), new Choice("store", TEXT)), null, null, null, 0),
				Question.of("feeling", QuestionType.EMOTION, TEXT, false),
				new Question("stars", QuestionType.RATING, TEXT, false, 1, 10, List.of(), null, null, null, 0)));
	}

	@Test
	void goodAnswersAreKeptAndTheHiddenOnesDropped() {
		var result = AnswerCheck.check(survey(), Map.of("nps", Answer.number(9), "why", Answer.text("ignored"),
				"channel", Answer.choices(List.of("store")), "feeling", Answer.choices(List.of("delighted", "surprised")),
				"stars", Answer.number(10)), true);
		assertThat(result.errors()).isEmpty();
		assertThat(result.answers()).containsOnlyKeys("nps", "channel", "feeling", "stars");
	}

	@Test
	void theFollowUpIsShownToDetractorsOnly() {
		assertThat(survey().visible(Map.of("nps", Answer.number(6)))).extracting(Question::key).contains("why");
		assertThat(survey().visible(Map.of("nps", Answer.number(7)))).extracting(Question::key).doesNotContain("why");
		assertThat(survey().visible(Map.of())).extracting(Question::key).doesNotContain("why");
		var kept = AnswerCheck.check(survey(), Map.of("nps", Answer.number(0), "why", Answer.text("late")), true);
		assertThat(kept.answers()).containsKey("why");
	}

	@Test
	void everyKindOfBadAnswerIsNamed() {
		var result = AnswerCheck.check(survey(), Map.of("nps", Answer.number(11), "channel",
				Answer.choices(List.of("web", "store")), "feeling", Answer.choices(List.of("hungry")), "stars",
				Answer.number(0), "colour", Answer.text("blue")), true);
		assertThat(result.errors()).extracting(e -> e.question() + ":" + e.code())
			.containsExactly("colour:unknown", "nps:range", "channel:one", "feeling:choice", "stars:range");
		assertThat(result.errors().get(1).message()).isEqualTo("must be a whole number from 0 to 10");
		assertThat(AnswerCheck.check(survey(), Map.of(), true).errors()).extracting(AnswerError::code)
			.containsExactly("required");
		assertThat(AnswerCheck.check(survey(), Map.of(), false).errors()).isEmpty();
	}

	@Test
	void textHasALimit() {
		var tooLong = AnswerCheck.check(survey(), Map.of("nps", Answer.number(3), "why", Answer.text("x".repeat(5_001))),
				true);
		assertThat(tooLong.errors()).extracting(AnswerError::code).containsExactly("length");
	}

	@Test
	void aSurveyIsCheckedWhenBuiltAndBeforeItIsPublished() {
		assertThatThrownBy(() -> new SurveyDefinition(TEXT, TEXT, TEXT, List.of("en"), Audience.CUSTOMERS,
				List.of(Question.of("why", QuestionType.TEXT, TEXT, false).when(Condition.between("nps", 0, 6)),
						Question.of("nps", QuestionType.NPS, TEXT, true))))
			.isInstanceOf(InvalidFieldException.class).hasMessageContaining("earlier question");
		assertThatThrownBy(() -> new SurveyDefinition(TEXT, TEXT, TEXT, List.of("en"), Audience.CUSTOMERS,
				List.of(Question.of("a", QuestionType.NPS, TEXT, true), Question.of("a", QuestionType.CSAT, TEXT, true))))
			.isInstanceOf(InvalidFieldException.class).hasMessageContaining("used twice");

		var englishOnly = LocalizedText.of("en", "How likely...");
		var partial = new SurveyDefinition(TEXT, TEXT, TEXT, List.of("en", "fa", "ar"), Audience.CUSTOMERS,
				List.of(Question.of("nps", QuestionType.NPS, englishOnly, true)));
		assertThat(partial.missingTranslations()).containsKeys("title", "questions.nps.text");
		assertThatThrownBy(partial::checkPublishable).isInstanceOf(InvalidFieldException.class)
			.hasMessage("has no text in ar");
		assertThat(partial.languageFor("he")).isEqualTo("en");
		assertThat(partial.languageFor("fa")).isEqualTo("fa");
	}

	@Test
	void fixedScalesKeepTheirEnds() {
		var csat = new Question("csat", QuestionType.CSAT, TEXT, true, 0, 10, List.of(), null, null, null, 0);
		assertThat(csat.min()).isEqualTo(1);
		assertThat(csat.max()).isEqualTo(5);
		assertThatThrownBy(() -> new Question("r", QuestionType.RATING, TEXT, true, 3, 3, List.of(), null, null, null, 0))
			.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new Question("Bad Key", QuestionType.TEXT, TEXT, true, 0, 0, List.of(), null, null,
				null, 0)).isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void formValuesComeAsTextAndAreReadByTheirQuestion() {
		var result = AnswerCheck.check(survey(), Map.of("nps", Answer.text("9"), "channel", Answer.text("web"),
				"feeling", Answer.text("angry")), true);
		assertThat(result.errors()).isEmpty();
		assertThat(result.answers().get("nps")).isEqualTo(Answer.number(9));
		assertThat(result.answers().get("channel")).isEqualTo(Answer.choices(List.of("web")));
		assertThat(AnswerCheck.check(survey(), Map.of("nps", Answer.text("nine")), true).errors())
			.extracting(AnswerError::code).containsExactly("range");
	}
}
