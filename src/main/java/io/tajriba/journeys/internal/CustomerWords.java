package io.tajriba.journeys.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.tajriba.interactions.Interactions;
import io.tajriba.interactions.JourneyRow;
import io.tajriba.journeys.domain.BadExperienceRules;
import io.tajriba.journeys.domain.BadMoments;
import io.tajriba.journeys.domain.Dictionary;
import io.tajriba.journeys.domain.JourneyEvents;
import io.tajriba.journeys.domain.Sentiment;
import io.tajriba.journeys.domain.TextFeelings;
import io.tajriba.surveys.SurveyScores;
import io.tajriba.text.TextAnalytics;
import io.tajriba.text.TextSentiment;
import org.springframework.stereotype.Component;

/**
 * What customers said about the interactions of an analysis's window, tied to their rows: the text analytics'
 * reading of each interaction's text, and the dissatisfied survey answers about a visit. Read for each analysis
 * (the period decides what is read), a page at a time from both modules; only what ties to a customer of the
 * dataset is kept: a bit per row and eight bytes per text.
 * <p>
 * An answer is about the interaction its response names, when that is one of the customer's; else about the
 * customer's latest visit of the response's touchpoint in the week before it ({@link BadMoments}). Answers are
 * read up to a week after the window, since the survey after the window's last visits comes later.
 */
@Component
class CustomerWords {

	private static final int BATCH = 1_000;

	private final SurveyScores scores;
	private final Interactions interactions;
	private final TextAnalytics text;

	CustomerWords(SurveyScores scores, Interactions interactions, TextAnalytics text) {
		this.scores = scores;
		this.interactions = interactions;
		this.text = text;
	}

	/**
	 * The rows with what was said: {@code events} counts the dissatisfied answers and negative texts bad as far as
	 * the rules say; {@code feelings} holds every analysed text, its emotions coded in {@code emotions}.
	 */
	record Words(JourneyEvents events, TextFeelings feelings, Dictionary emotions, long answers, long negativeTexts) {
	}

	Words read(UUID workspaceId, JourneyDataset data, Instant from, Instant to, BadExperienceRules rules) {
		BadMoments moments = new BadMoments(data.events, BadMoments.DEFAULT_VISIT_WINDOW_SECONDS);
		TextFeelings feelings = new TextFeelings(data.events, data.texts::get);
		Dictionary emotions = new Dictionary();
		text.sentiments(workspaceId, "interaction", from, to, t -> {
			int row = feel(data, feelings, emotions, t);
			if (row >= 0 && rules.negativeTexts() && sentiment(t.sentiment()) == Sentiment.NEGATIVE) {
				moments.negativeText(row);
			}
		});
		if (rules.dissatisfiedAnswers()) {
			List<SurveyScores.Dissatisfied> batch = new ArrayList<>(BATCH);
			Instant until = to.plusSeconds(BadMoments.DEFAULT_VISIT_WINDOW_SECONDS);
			scores.dissatisfied(workspaceId, from, until, answer -> {
				batch.add(answer);
				if (batch.size() == BATCH) {
					tie(workspaceId, data, moments, batch);
				}
			});
			tie(workspaceId, data, moments, batch);
		}
		return new Words(moments.events(), feelings, emotions, moments.answers(), moments.texts());
	}

	private static int feel(JourneyDataset data, TextFeelings feelings, Dictionary emotions, TextSentiment t) {
		int customer = data.customerCodes.codeOf(t.customerId());
		if (customer < 0) {
			return -1;
		}
		int mask = 0;
		for (String emotion : t.emotions()) {
			int code = emotions.encode(emotion);
			mask |= code < TextFeelings.EMOTIONS ? 1 << code : 0;
		}
		return feelings.add(customer, t.occurredAt().getEpochSecond(), sentiment(t.sentiment()), mask);
	}

	private void tie(UUID workspaceId, JourneyDataset data, BadMoments moments, List<SurveyScores.Dissatisfied> batch) {
		List<String> named = batch.stream().map(SurveyScores.Dissatisfied::interactionId)
			.filter(id -> id != null && !id.isBlank()).toList();
		Map<String, JourneyRow> rows = named.isEmpty() ? Map.of() : interactions.journeyRows(workspaceId, named);
		for (SurveyScores.Dissatisfied answer : batch) {
			JourneyRow about = answer.interactionId() == null ? null : rows.get(answer.interactionId());
			int row = about == null ? -1 : about(data, moments, about);
			int customer = data.customerCodes.codeOf(answer.customerId());
			if (row < 0 && customer >= 0 && answer.touchpoint() != null) {
				moments.answerAfterVisit(customer, data.touchpoints.codeOf(answer.touchpoint()),
						answer.completedAt().getEpochSecond());
			}
		}
		batch.clear();
	}

	private static int about(JourneyDataset data, BadMoments moments, JourneyRow about) {
		int customer = data.customerCodes.codeOf(about.customerId());
		if (customer < 0) {
			return -1;
		}
		int touchpoint = about.touchpoint() == null ? JourneyEvents.NONE : data.touchpoints.codeOf(about.touchpoint());
		return moments.answerAbout(customer, about.epochSecond(), touchpoint, data.channels.codeOf(about.channel()),
				data.types.codeOf(about.type()));
	}

	static Sentiment sentiment(String label) {
		return switch (label.toLowerCase(Locale.ROOT)) {
			case "positive" -> Sentiment.POSITIVE;
			case "negative" -> Sentiment.NEGATIVE;
			default -> Sentiment.NEUTRAL;
		};
	}
}
