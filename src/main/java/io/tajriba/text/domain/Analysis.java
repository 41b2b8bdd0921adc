package io.tajriba.text.domain;

import java.util.List;
import java.util.Map;

/**
 * What the analysis says of one text: its language, sentiment (label, the model's probability for it, and the
 * polarity p(positive) − p(negative) in [−1, 1]), the emotions that reach their thresholds with their
 * probabilities, the taxonomy's themes and up to three key phrases.
 */
public record Analysis(TextLanguage language, Sentiment sentiment, double confidence, double polarity,
		Map<Emotion, Double> emotions, List<String> themes, List<String> keyPhrases) {
}
