package io.tajriba.text.training;

import java.util.List;
import java.util.function.Consumer;

import io.tajriba.text.domain.Emotion;
import io.tajriba.text.domain.LanguageModel;
import io.tajriba.text.domain.TextLanguage;

/** Trains a language's sentiment and emotion classifiers and puts their weights side by side in one model. */
final class ModelAssembly {

	private ModelAssembly() {
	}

	static LanguageModel train(TextLanguage language, List<Example> sentimentTrain, List<Example> emotionTrain,
			long seed, ModelCard card, Consumer<String> log) {
		var sentiment = SentimentTraining.train(language, sentimentTrain, seed, log);
		var config = sentiment.config();
		var emotions = emotionTrain.isEmpty() ? List.<EmotionTraining.Fit>of()
				: EmotionTraining.train(language, emotionTrain, config, seed, log);
		var labels = sentiment.labels();
		int sentimentOutputs = labels.length == 2 ? 1 : labels.length;
		int outputs = sentimentOutputs + emotions.size();
		var weights = new float[config.buckets() * outputs];
		var bias = new float[outputs];
		for (int k = 0; k < sentimentOutputs; k++) {
			LinearTrainer.copy(sentiment.model(), labels[k].ordinal(), config.buckets(), weights, bias, outputs, k);
			bias[k] += (float) sentiment.offsets()[k];
		}
		var thresholds = new float[emotions.size()];
		for (int e = 0; e < emotions.size(); e++) {
			LinearTrainer.copy(emotions.get(e).model(), 1, config.buckets(), weights, bias, outputs, sentimentOutputs + e);
			thresholds[e] = emotions.get(e).threshold();
		}
		card.settings(language, sentiment, emotions, emotionTrain.size());
		return new LanguageModel(language, config, labels,
				emotions.stream().map(EmotionTraining.Fit::emotion).toArray(Emotion[]::new), thresholds, bias, weights);
	}
}
