package io.tajriba.text.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.text.domain.TextLanguage;

/**
 * The data sets cut as training cuts them: of every shippable file a seeded 15% held out, the rest training
 * texts by language; the evaluation-only files whole and aside. The same cut every time, so the shipped models
 * can be scored again on exactly the texts they never saw.
 */
record Shares(Map<TextLanguage, List<Example>> sentiment, Map<TextLanguage, List<Example>> emotion,
		List<Example> heldOut, List<Example> evaluationOnly) {

	static final double HELD_OUT = 0.15;

	static Shares load(Path datasets, long seed, ModelCard card) throws IOException {
		var heldOut = new ArrayList<Example>();
		var evaluationOnly = new ArrayList<Example>();
		var derived = new ArrayList<Example>();
		var sentiment = load(datasets.resolve("sentiment"), seed, card, heldOut, evaluationOnly, derived);
		var emotion = load(datasets.resolve("emotion"), seed, card, heldOut, evaluationOnly, derived);
		derived.forEach(e -> sentiment.computeIfAbsent(e.language(), l -> new ArrayList<>()).add(e));
		return new Shares(sentiment, emotion, heldOut, evaluationOnly);
	}

	/** Reads every file of a directory: the training share of shippable files by language, the rest aside. */
	private static Map<TextLanguage, List<Example>> load(Path directory, long seed, ModelCard card,
			List<Example> heldOut, List<Example> evaluationOnly, List<Example> derived) throws IOException {
		var train = new LinkedHashMap<TextLanguage, List<Example>>();
		for (var file : DataFiles.files(directory)) {
			var name = DataFiles.name(file);
			var examples = DataFiles.read(file);
			if (!DataFiles.shippable(name)) {
				evaluationOnly.addAll(examples);
				card.file(directory.getFileName() + "/" + name, examples.size(), 0, false);
				continue;
			}
			var split = DataFiles.Split.of(examples, HELD_OUT, seed ^ name.hashCode());
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
