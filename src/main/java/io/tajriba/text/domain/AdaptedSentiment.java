package io.tajriba.text.domain;

/**
 * A workspace's own positive-or-negative model for one language, learnt from its rated answers on top of the
 * shipped model: its inputs are the same hashed features plus the shipped model's polarity, so it starts from
 * what the shipped model knows and learns the workspace's words. Sparse: only the buckets its texts touched.
 * It splits the probability the shipped model does not give to neutral between positive and negative, and the
 * surer it is, the less it leaves to neutral: rated answers are never neutral, so an adapted model that is
 * certain of a text's polarity overrides the shipped model's doubt.
 */
public final class AdaptedSentiment {

	private final TextLanguage language;
	private final int[] buckets;
	private final float[] weights;
	private final float priorWeight;
	private final float bias;

	/** @param buckets sorted bucket indices with a weight, {@code weights} alongside */
	public AdaptedSentiment(TextLanguage language, int[] buckets, float[] weights, float priorWeight, float bias) {
		if (buckets.length != weights.length) {
			throw new IllegalArgumentException("one weight per bucket");
		}
		this.language = language;
		this.buckets = buckets.clone();
		this.weights = weights.clone();
		this.priorWeight = priorWeight;
		this.bias = bias;
	}

	/** The probability of positive against negative. */
	public double positive(Features features, double shippedPolarity) {
		double sum = bias + priorWeight * shippedPolarity;
		float scale = features.scale();
		for (int i = 0; i < features.size; i++) {
			int at = java.util.Arrays.binarySearch(buckets, features.index[i]);
			if (at >= 0) {
				sum += weights[at] * features.value[i] * scale;
			}
		}
		return LanguageModel.sigmoid(sum);
	}

	/** The shipped sentiment with positive and negative reweighed by this model. */
	public LanguageModel.SentimentScore adjust(LanguageModel.SentimentScore shipped, Features features) {
		double p = positive(features, shipped.polarity());
		double neutral = shipped.neutral() * (1 - Math.abs(2 * p - 1));
		double positive = (1 - neutral) * p;
		double negative = 1 - neutral - positive;
		var label = neutral >= positive && neutral >= negative ? Sentiment.NEUTRAL
				: positive >= negative ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
		double probability = Math.max(neutral, Math.max(positive, negative));
		return new LanguageModel.SentimentScore(label, probability, positive - negative, neutral);
	}

	public TextLanguage language() {
		return language;
	}

	public int[] buckets() {
		return buckets.clone();
	}

	public float[] weights() {
		return weights.clone();
	}

	public float priorWeight() {
		return priorWeight;
	}

	public float bias() {
		return bias;
	}
}
