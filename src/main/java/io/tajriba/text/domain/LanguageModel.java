package io.tajriba.text.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The sentiment and emotion classifiers of one language: logistic regressions over the same hashed features,
 * their weights interleaved per bucket ({@code weights[bucket * outputs + k]}) so that one feature is one
 * cache line for all of them. Sentiment comes first: one output per label, or a single output for a two-label
 * model (the probability of the first label); one output per emotion follows, each its own yes-or-no model.
 */
public final class LanguageModel {

	private final TextLanguage language;
	private final FeatureConfig config;
	private final Sentiment[] labels;
	private final int sentimentOutputs;
	private final Emotion[] emotions;
	private final float[] thresholds;
	private final float[] bias;
	/** Weights quantised to signed bytes, as shipped: a quarter of the memory, so more of them stay in cache. */
	private final byte[] weights;
	private final float[] steps;
	private final int outputs;

	/** A model from trained weights, quantised here as the model file stores them. */
	public LanguageModel(TextLanguage language, FeatureConfig config, Sentiment[] labels, Emotion[] emotions,
			float[] thresholds, float[] bias, float[] weights) {
		this(language, config, labels, emotions, thresholds, bias, quantised(weights, bias.length),
				steps(weights, bias.length));
	}

	LanguageModel(TextLanguage language, FeatureConfig config, Sentiment[] labels, Emotion[] emotions,
			float[] thresholds, float[] bias, byte[] weights, float[] steps) {
		this.language = language;
		this.config = config;
		this.labels = labels.clone();
		this.sentimentOutputs = labels.length == 2 ? 1 : labels.length;
		this.emotions = emotions.clone();
		this.thresholds = thresholds.clone();
		this.outputs = sentimentOutputs + emotions.length;
		if (bias.length != outputs || weights.length != config.buckets() * outputs || steps.length != outputs
				|| thresholds.length != emotions.length) {
			throw new IllegalArgumentException("model arrays do not match its labels");
		}
		this.bias = bias;
		this.weights = weights;
		this.steps = steps;
	}

	/** Per output, its largest weight over 127: one step of the signed byte. */
	static float[] steps(float[] weights, int outputs) {
		var steps = new float[outputs];
		for (int i = 0; i < weights.length; i++) {
			steps[i % outputs] = Math.max(steps[i % outputs], Math.abs(weights[i]));
		}
		for (int k = 0; k < outputs; k++) {
			steps[k] = steps[k] == 0 ? 1 : steps[k] / 127;
		}
		return steps;
	}

	private static byte[] quantised(float[] weights, int outputs) {
		var steps = steps(weights, outputs);
		var quantised = new byte[weights.length];
		for (int i = 0; i < weights.length; i++) {
			quantised[i] = (byte) Math.round(weights[i] / steps[i % outputs]);
		}
		return quantised;
	}

	/** The raw decision values of every output, written into {@code out} (at least {@link #outputs()} long). */
	public void decide(Features features, float[] out) {
		java.util.Arrays.fill(out, 0, outputs, 0f);
		int[] index = features.index;
		float[] value = features.value;
		for (int i = 0, n = features.size; i < n; i++) {
			float v = value[i];
			int base = index[i] * outputs;
			for (int k = 0; k < outputs; k++) {
				out[k] += v * weights[base + k];
			}
		}
		float scale = features.scale();
		for (int k = 0; k < outputs; k++) {
			out[k] = bias[k] + out[k] * scale * steps[k];
		}
	}

	/** The sentiment from decision values: its label, its probability and the polarity p(positive) − p(negative). */
	public SentimentScore sentiment(float[] decisions) {
		var p = new double[labels.length];
		if (sentimentOutputs == 1) {
			p[0] = sigmoid(decisions[0]);
			p[1] = 1 - p[0];
		} else {
			double sum = 0;
			for (int k = 0; k < labels.length; k++) {
				p[k] = sigmoid(decisions[k]);
				sum += p[k];
			}
			for (int k = 0; k < labels.length; k++) {
				p[k] /= sum;
			}
		}
		int best = 0;
		double polarity = 0;
		double neutral = 0;
		for (int k = 0; k < labels.length; k++) {
			best = p[k] > p[best] ? k : best;
			polarity += labels[k] == Sentiment.POSITIVE ? p[k] : labels[k] == Sentiment.NEGATIVE ? -p[k] : 0;
			neutral += labels[k] == Sentiment.NEUTRAL ? p[k] : 0;
		}
		return new SentimentScore(labels[best], p[best], polarity, neutral);
	}

	/** The emotions whose probability reaches their threshold, with that probability. */
	public Map<Emotion, Double> emotions(float[] decisions) {
		var found = new EnumMap<Emotion, Double>(Emotion.class);
		for (int e = 0; e < emotions.length; e++) {
			double p = sigmoid(decisions[sentimentOutputs + e]);
			if (p >= thresholds[e]) {
				found.put(emotions[e], Math.round(p * 1000) / 1000.0);
			}
		}
		return found;
	}

	static double sigmoid(double x) {
		return 1 / (1 + Math.exp(-x));
	}

	public int outputs() {
		return outputs;
	}

	public TextLanguage language() {
		return language;
	}

	public FeatureConfig config() {
		return config;
	}

	public Sentiment[] labels() {
		return labels.clone();
	}

	public Emotion[] emotionLabels() {
		return emotions.clone();
	}

	float[] thresholds() {
		return thresholds;
	}

	float[] bias() {
		return bias;
	}

	byte[] weights() {
		return weights;
	}

	float[] steps() {
		return steps;
	}

	/** A sentiment label, the model's probability for it, the polarity in [−1, 1] and p(neutral). */
	public record SentimentScore(Sentiment label, double probability, double polarity, double neutral) {
	}
}
