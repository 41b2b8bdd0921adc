package io.tajriba.surveys.domain;

import java.util.List;
import java.util.Map;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyEditsTests {

	static SurveyDefinition survey() {
		return AnswerCheckTests.survey();
	}

	@Test
	void everyTextIsListedInTheRespondentsOrderUnderTheNamesPublishingUses() {
		assertThat(SurveyEdits.texts(survey())).extracting(SurveyEdits.TextSlot::field).containsExactly("title",
				"intro", "questions.nps.text", "questions.nps.lowLabel", "questions.nps.highLabel", "questions.why.text",
				"questions.channel.text", "questions.channel.choices.web", "questions.channel.choices.store",
				"questions.feeling.text", "questions.stars.text", "questions.stars.lowLabel", "questions.stars.highLabel",
				"thanks");
	}

	@Test
	void textsChangeInOneLanguageAndBlankOnesAreRemoved() {
		SurveyDefinition edited = SurveyEdits.withTexts(survey(), Map.of(
				"questions.nps.text", Map.of("fa", "چقدر ما را پیشنهاد می‌کنید؟"),
				"questions.nps.lowLabel", Map.of("en", "Not at all", "fa", " "),
				"questions.channel.choices.web", Map.of("en", "Online"),
				"title", Map.of("en", "")));
		Question nps = edited.questions().getFirst();
		assertThat(nps.text().texts()).containsEntry("en", "Question").containsEntry("fa", "چقدر ما را پیشنهاد می‌کنید؟");
		assertThat(nps.lowLabel().texts()).containsOnlyKeys("en");
		assertThat(nps.highLabel()).isNull();
		assertThat(edited.questions().get(2).choices().getFirst().label().exactly("en")).isEqualTo("Online");
		assertThat(edited.title().texts()).containsOnlyKeys("fa");
		assertThat(edited.missingTranslations()).containsKeys("title", "questions.nps.lowLabel");
	}

	@Test
	void questionsAreAddedMovedMadeOptionalAndRemoved() {
		SurveyDefinition added = SurveyEdits.add(survey(), "colour", QuestionType.MULTIPLE_CHOICE, "en", "Which colours?");
		Question colour = added.questions().getLast();
		assertThat(colour.choices()).extracting(Choice::key).containsExactly("option_1", "option_2");
		assertThat(colour.required()).isTrue();
		assertThat(SurveyEdits.add(survey(), "note", QuestionType.TEXT, "en", "Anything else?").questions().getLast()
			.required()).isFalse();

		SurveyDefinition moved = SurveyEdits.move(added, "colour", -1);
		assertThat(moved.questions()).extracting(Question::key)
			.containsExactly("nps", "why", "channel", "feeling", "colour", "stars");
		assertThat(SurveyEdits.move(moved, "nps", -1).questions().getFirst().key()).isEqualTo("nps");
		assertThat(SurveyEdits.required(moved, "nps", false).questions().getFirst().required()).isFalse();

		SurveyDefinition withOption = SurveyEdits.addChoice(moved, "colour", "blue");
		assertThat(withOption.questions().get(4).choices()).extracting(Choice::key).contains("blue");
		assertThat(SurveyEdits.removeChoice(withOption, "colour", "option_1").questions().get(4).choices())
			.extracting(Choice::key).containsExactly("option_2", "blue");
		assertThat(SurveyEdits.remove(moved, "colour").questions()).hasSize(5);
	}

	@Test
	void editsThatWouldBreakTheSurveyAreRefusedNamingTheField() {
		// "why" asks only detractors: its condition needs nps before it
		assertThatThrownBy(() -> SurveyEdits.move(survey(), "why", -1)).isInstanceOf(InvalidFieldException.class)
			.extracting("field").isEqualTo("questions.why.showIf");
		assertThatThrownBy(() -> SurveyEdits.remove(survey(), "nps")).isInstanceOf(InvalidFieldException.class)
			.extracting("field").isEqualTo("questions.why.showIf");
		assertThatThrownBy(() -> SurveyEdits.add(survey(), "nps", QuestionType.CSAT, "en", "Again"))
			.extracting("field").isEqualTo("questions.nps");
		assertThatThrownBy(() -> SurveyEdits.add(survey(), "Bad Key", QuestionType.CSAT, "en", "x"))
			.extracting("field").isEqualTo("questions.key");
		assertThatThrownBy(() -> SurveyEdits.removeChoice(survey(), "channel", "web"))
			.extracting("field").isEqualTo("questions.channel.choices");
		assertThatThrownBy(() -> SurveyEdits.addChoice(survey(), "nps", "x"))
			.extracting("field").isEqualTo("questions.nps.choices");
		assertThatThrownBy(() -> SurveyEdits.required(survey(), "nope", true)).extracting("field").isEqualTo("question");
		assertThatThrownBy(() -> SurveyEdits.withLanguages(survey(), List.of())).extracting("field").isEqualTo("languages");
	}
}
