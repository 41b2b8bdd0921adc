package io.tajriba.journeys.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageFeedbackTests {

	private static final int JOY = 0;
	private static final int ANGER = 1;
	private static final int PRICE = 0;
	private static final int DELIVERY = 1;
	private static final int STAFF = 2;

	@Test
	void satisfactionEffortSentimentEmotionsAndThemesOfAStage() {
		var feedback = new StageFeedback(7);
		feedback.addCsat(2, 5, 3);
		feedback.addCsat(2, 4, 2);
		feedback.addCsat(2, 2, 5);
		feedback.addCes(2, 6, 2);
		feedback.addCes(2, 4, 2);
		feedback.addTexts(2, Sentiment.POSITIVE, JOY, 3);
		feedback.addTexts(2, Sentiment.NEGATIVE, ANGER, 2);
		feedback.addTexts(2, Sentiment.NEGATIVE, JourneyEvents.NONE, 1);
		feedback.addTexts(2, Sentiment.NEUTRAL, JourneyEvents.NONE, 4);
		feedback.addTheme(2, PRICE, 4);
		feedback.addTheme(2, DELIVERY, 6);
		feedback.addTheme(2, STAFF, 1);
		feedback.addCsat(3, 5, 100);
		StageExperience experience = feedback.experience(2, 2);
		// 5 and 4 of 5 are satisfied: 5 of 10; effort 6, 6, 4, 4: mean 5
		assertThat(experience.csat()).isEqualTo(Rate.of(5, 10));
		assertThat(experience.ces()).isEqualTo(Mean.of(4, 20, 104));
		assertThat(experience.ces().value()).isEqualTo(5);
		assertThat(experience.positiveSentiment()).isEqualTo(Rate.of(3, 10));
		assertThat(experience.negativeSentiment()).isEqualTo(Rate.of(3, 10));
		assertThat(experience.emotions()).containsExactly(new CodeShare(JOY, Rate.of(3, 10)),
				new CodeShare(ANGER, Rate.of(2, 10)));
		assertThat(experience.topThemes()).containsExactly(new CodeShare(DELIVERY, Rate.of(6, 10)),
				new CodeShare(PRICE, Rate.of(4, 10)));
	}

	@Test
	void aStageWithoutFeedbackGivesNoFigures() {
		var feedback = new StageFeedback(2);
		feedback.addCsat(1, 1, 4);
		StageExperience none = feedback.experience(0, 5);
		assertThat(none.csat().n()).isZero();
		assertThat(none.ces().n()).isZero();
		assertThat(none.topThemes()).isEmpty();
		var funnelStage = new StageFunnel(0, 4, Rate.of(4, 4), Rate.of(1, 4), Rate.of(3, 4),
				Median.ofSeconds(new long[] {3600}, 1));
		StageActuals actuals = StageActuals.of(funnelStage, none);
		assertThat(actuals.csat()).isNull();
		assertThat(actuals.ces()).isNull();
		assertThat(actuals.conversion()).isEqualTo(Rate.of(1, 4));
		assertThat(StageActuals.of(funnelStage, feedback.experience(1, 5)).csat()).isEqualTo(Rate.of(0, 4));
	}

	@Test
	void refusesScoresOffTheScaleAndUnknownStages() {
		var feedback = new StageFeedback(2);
		assertThatThrownBy(() -> feedback.addCsat(0, 6, 1)).hasMessageContaining("1-5");
		assertThatThrownBy(() -> feedback.addCes(0, 0, 1)).hasMessageContaining("1-7");
		assertThatThrownBy(() -> feedback.addTheme(2, 0, 1)).hasMessageContaining("stage 2");
		assertThatThrownBy(() -> feedback.addTheme(0, -1, 1)).hasMessageContaining("code");
	}

	@Test
	void aTextMayCarrySeveralEmotionsEachAShareOfTheTexts() {
		var feedback = new StageFeedback(3);
		feedback.addTexts(1, Sentiment.NEGATIVE, JourneyEvents.NONE, 4);
		feedback.addEmotion(1, ANGER, 3);
		feedback.addEmotion(1, JOY, 1);
		feedback.addTexts(1, Sentiment.POSITIVE, JOY, 1);
		StageExperience experience = feedback.experience(1, 3);
		assertThat(experience.negativeSentiment()).isEqualTo(Rate.of(4, 5));
		assertThat(experience.emotions()).containsExactly(new CodeShare(ANGER, Rate.of(3, 5)),
				new CodeShare(JOY, Rate.of(2, 5)));
		assertThatThrownBy(() -> feedback.addEmotion(3, JOY, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> feedback.addEmotion(1, JOY, -1)).isInstanceOf(IllegalArgumentException.class);
	}
}
