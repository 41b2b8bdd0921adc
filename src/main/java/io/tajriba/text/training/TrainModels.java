package io.tajriba.text.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private TrainModels() {
	}

	public static void main(String[] args) throws IOException {
		var datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
		var output = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + ShippedModels.DIRECTORY);
		Files.createDirectories(output);
		var card = new ModelCard(SEED);
		var models = new EnumMap<TextLanguage, LanguageModel>(TextLanguage.class);
		var heldOut = new ArrayList<Example>();
		var evaluationOnly = new ArrayList<Example>();
		var derived = new ArrayList<Example>();
		var sentiment = load(datasets.resolve("sentiment"), card, heldOut, evaluationOnly, derived);
		var emotion = load(datasets.resolve("emotion"), card, heldOut, evaluationOnly, derived);
		derived.forEach(e -> sentiment.computeIfAbsent(e.language(), l -> new ArrayList<>()).add(e));
		for (var language : TextLanguage.values()) {
			var sentimentTrain = sentiment.getOrDefault(language, List.of());
			if (sentimentTrain.isEmpty()) {
				continue;
			}
			System.out.println("Training " + language.code() + " on " + sentimentTrain.size() + " texts");
			var model = ModelAssembly.train(language, sentimentTrain, emotion.getOrDefault(language, List.of()), SEED,
					card, System.out::println);
			var bytes = new ByteArrayOutputStream();
			ModelCodec.write(model, bytes);
			Files.write(output.resolve(Path.of(ShippedModels.resource(language)).getFileName()), bytes.toByteArray());
			card.size(language, bytes.size());
			models.put(language, ModelCodec.read(new ByteArrayInputStream(bytes.toByteArray())));
		}
		var analyzer = new TextAnalyzer(new LanguageDetector(resolver()), models);
		var held = new Evaluation(analyzer);
		held.add(heldOut);
		var outside = new Evaluation(analyzer);
		outside.add(evaluationOnly);
		Files.writeString(output.resolve("MODEL_CARD.md"), card.markdown(held, outside));
		System.out.println(card.summary(held));
	}

	static ArabicScriptResolver resolver() {
		return new LinguaResolver();
	}

	/** Reads every file of a directory: the training share of shippable files by language, the rest aside. */
	private static Map<TextLanguage, List<Example>> load(Path directory, ModelCard card, List<Example> heldOut,
			List<Example> evaluationOnly, List<Example> derived) throws IOException {
		var train = new LinkedHashMap<TextLanguage, List<Example>>();
		for (var file : DataFiles.files(directory)) {
			var name = DataFiles.name(file);
			var examples = DataFiles.read(file);
			if (!DataFiles.shippable(name)) {
				evaluationOnly.addAll(examples);
				card.file(directory.getFileName() + "/" + name, examples.size(), 0, false);
				continue;
			}
			var split = DataFiles.Split.of(examples, 0.15, SEED ^ name.hashCode());
			split.train().forEach(e -> train.computeIfAbsent(e.language(), l -> new ArrayList<>()).add(e));
			heldOut.addAll(split.heldOut());
			card.file(directory.getFileName() + "/" + name, split.train().size(), split.heldOut().size(), true);
			if (name.equals(DerivedSentiment.SOURCE)) {
				// Derived from the same split, so no held-out comment trains either model.
				var derivedTrain = DerivedSentiment.of(split.train());
				var derivedHeldOut = DerivedSentiment.of(split.heldOut());
				derived.addAll(derivedTrain);
				heldOut.addAll(derivedHeldOut);
				card.file(directory.getFileName() + "/" + name + " (sentiment from its emotions)", derivedTrain.size(),
						derivedHeldOut.size(), true);
			}
		}
		return train;
	}
}
