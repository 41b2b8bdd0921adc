package io.tajriba.text.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.tajriba.text.domain.ArabicScriptResolver;
import io.tajriba.text.domain.LanguageDetector;
import io.tajriba.text.domain.LanguageModel;
import io.tajriba.text.domain.LinguaResolver;
import io.tajriba.text.domain.ModelCodec;
import io.tajriba.text.domain.ShippedModels;
import io.tajriba.text.domain.TextAnalyzer;
import io.tajriba.text.domain.TextLanguage;

/**
 * {@code ./tajriba train-text [DATASETS_DIR] [MODELS_DIR]}: trains the shipped sentiment and emotion models
 * from the data sets whose licence allows it, holding out a seeded 15% of every file, and writes the models
 * and their card (data, licences, figures on the held-out share and on the evaluation-only sets).
 */
public final class TrainModels {

	static final long SEED = 20260326L;
	/** Languages trained at once: liblinear uses one core per model. */
	static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

	private TrainModels() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
		var datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
		var output = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + ShippedModels.DIRECTORY);
		Files.createDirectories(output);
		var card = new ModelCard(SEED);
		var models = new EnumMap<TextLanguage, LanguageModel>(TextLanguage.class);
		var shares = Shares.load(datasets, SEED, card);
		var sentiment = shares.sentiment();
		var emotion = shares.emotion();
		// English, the largest, on one thread; the other languages one after the other beside it.
		var pool = Executors.newFixedThreadPool(THREADS);
		var trained = new ArrayList<Future<LanguageModel>>();
		for (var language : TextLanguage.values()) {
			var sentimentTrain = sentiment.getOrDefault(language, List.of());
			if (!sentimentTrain.isEmpty()) {
				trained.add(pool.submit(() -> train(language, sentimentTrain, emotion.getOrDefault(language, List.of()),
						card, output)));
			}
		}
		pool.shutdown();
		for (var model : trained) {
			var language = model.get();
			models.put(language.language(), language);
		}
		var analyzer = new TextAnalyzer(new LanguageDetector(resolver()), models);
		var held = new Evaluation(analyzer, SEED);
		held.add(shares.heldOut());
		var outside = new Evaluation(analyzer, SEED);
		outside.add(shares.evaluationOnly());
		Files.writeString(output.resolve("MODEL_CARD.md"), card.markdown(held, outside));
		System.out.println(card.summary(held, outside));
	}

	private static LanguageModel train(TextLanguage language, List<Example> sentimentTrain, List<Example> emotionTrain,
			ModelCard card, Path output) throws IOException {
		System.out.println("Training " + language.code() + " on " + sentimentTrain.size() + " texts");
		var model = ModelAssembly.train(language, sentimentTrain, emotionTrain, SEED, card, System.out::println);
		var bytes = new ByteArrayOutputStream();
		ModelCodec.write(model, bytes);
		Files.write(output.resolve(Path.of(ShippedModels.resource(language)).getFileName()), bytes.toByteArray());
		card.size(language, bytes.size());
		return ModelCodec.read(new ByteArrayInputStream(bytes.toByteArray()));
	}

	static ArabicScriptResolver resolver() {
		return new LinguaResolver();
	}
}
