package io.tajriba.journeys.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.tajriba.journeys.domain.CoverageCounts;
import io.tajriba.journeys.domain.DataType;
import io.tajriba.journeys.domain.Dictionary;
import io.tajriba.journeys.domain.Sentiment;
import io.tajriba.journeys.domain.StageFeedback;
import io.tajriba.surveys.ScoreDimension;
import io.tajriba.surveys.ScoreFilter;
import io.tajriba.surveys.SurveyScores;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Survey answers by stage, read through the surveys module: an answer belongs to the stage that lists its
 * question as evidence, else to the stage of the touchpoint it is about. CSAT (1-5) and effort (1-7) feed the
 * stage's satisfaction and effort; every scale answer counts as survey data for coverage; an emotion picked counts
 * as a text of its polarity.
 */
@Component
class SurveyFeedback {

	private static final List<String> SCALES = List.of("csat", "ces", "nps", "repurchase", "rating");
	// the survey's own emotions (delighted ... angry) and the text analytics' (joy ... frustration) among them
	private static final Set<String> POSITIVE = Set.of("joy", "surprise", "trust", "love", "delight", "relief",
			"gratitude", "happy", "satisfied", "calm", "delighted", "surprised");
	private static final Set<String> NEGATIVE = Set.of("anger", "sadness", "fear", "disgust", "frustration",
			"confusion", "disappointment", "annoyed", "worried", "angry", "sad", "confused", "disappointed",
			"frustrated");

	private final SurveyScores scores;

	SurveyFeedback(SurveyScores scores) {
		this.scores = scores;
	}

	void read(UUID workspaceId, JourneyDataset data, Instant from, Instant to, @Nullable Set<UUID> customers,
			ZoneId zone, StageFeedback feedback, CoverageCounts coverage, Dictionary emotions) {
		ScoreFilter filter = new ScoreFilter(null, null, from, to, null, null, null, null, customers);
		for (String scale : SCALES) {
			for (SurveyScores.Count count : scores.counts(workspaceId, scale, filter, ScoreDimension.QUESTION,
					ScoreDimension.TOUCHPOINT, zone)) {
				int stage = stage(data, count.group(), count.subgroup());
				if (stage >= 0) {
					coverage.add(stage, DataType.SURVEY, count.count());
					add(feedback, scale, stage, count);
				}
			}
		}
		for (SurveyScores.EmotionCount count : scores.emotions(workspaceId, filter, ScoreDimension.TOUCHPOINT,
				zone)) {
			int stage = stage(data, null, count.group());
			if (stage >= 0) {
				feedback.addTexts(stage, sentiment(count.emotion()), emotions.encode(count.emotion()), count.count());
			}
		}
	}

	private static void add(StageFeedback feedback, String scale, int stage, SurveyScores.Count count) {
		if (scale.equals("csat") && count.scaleMin() == 1 && count.scaleMax() == 5 && count.score() >= 1) {
			feedback.addCsat(stage, count.score(), count.count());
		}
		if (scale.equals("ces") && count.scaleMin() == 1 && count.scaleMax() == 7 && count.score() >= 1) {
			feedback.addCes(stage, count.score(), count.count());
		}
	}

	private static int stage(JourneyDataset data, @Nullable String question, @Nullable String touchpoint) {
		if (question != null) {
			for (int i = 0; i < data.map.size(); i++) {
				if (data.map.stage(i).surveyQuestions().contains(question)) {
					return i;
				}
			}
		}
		return touchpoint == null ? -1 : data.stageOfTouchpoint(touchpoint);
	}

	static Sentiment sentiment(String emotion) {
		String key = emotion.toLowerCase(Locale.ROOT);
		return POSITIVE.contains(key) ? Sentiment.POSITIVE
				: NEGATIVE.contains(key) ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
	}
}
