package io.tajriba.text;

import java.util.List;
import java.util.Map;

/**
 * The analysis of one text: its language (en, fa, ar, he), sentiment (negative, neutral, positive) with its
 * score p(positive) − p(negative) in [−1, 1] and the model's confidence in the label, the emotions that reach
 * their thresholds (joy, surprise, trust, anger, sadness, fear, disgust, frustration) with their probabilities,
 * the workspace's themes it is about, and up to three key phrases.
 */
public record TextAnalysis(String language, String sentiment, double score, double confidence,
		Map<String, Double> emotions, List<String> themes, List<String> keyPhrases) {
}
