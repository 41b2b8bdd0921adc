package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import io.tajriba.text.domain.FeatureConfig;
import io.tajriba.text.domain.LiblinearRows;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextLanguage;

/**
 * The sentiment classifier of one language: the features (character n-gram range), the regularisation and the
 * class weights are chosen on a development share of the training part by macro-F1 averaged over the source
 * files, then the model is fitted on the whole
 * training part. The labels are those the language's data has: Hebrew has no neutral class, so its model
 * answers positive or negative only.
 */
final class SentimentTraining {

	static final int BITS = 18;
	private static final List<FeatureConfig> CONFIGS = List.of(new FeatureConfig(BITS, 0, 0, true),
			new FeatureConfig(BITS, 2, 4, true), new FeatureConfig(BITS, 3, 5, true));
	private static final double[] CS = { 1, 4, 16 };
	/** With and without classes weighted inversely to their frequency. */
	private static final boolean[] BALANCED = { false, true };

	/** The chosen settings and the fitted model. */
	record Fit(FeatureConfig config, double c, boolean balanced, Sentiment[] labels, Model model, double devMacroF1) {
	}

	private SentimentTraining() {
	}

	static Fit train(TextLanguage language, List<Example> train, long seed, Consumer<String> log) {
		var labels = labels(train);
		var split = DataFiles.Split.of(train, 0.15, seed);
		Fit best = null;
		for (var config : CONFIGS) {
			var fitRows = LiblinearRows.of(texts(split.train()), config, language);
			var devRows = LiblinearRows.of(texts(split.heldOut()), config, language);
			for (double c : CS) {
				for (boolean balanced : BALANCED) {
					var model = LinearTrainer.train(fitRows, targets(split.train(), labels), config.buckets(), c, balanced);
					double f1 = score(model, devRows, split.heldOut());
					log.accept(String.format(java.util.Locale.ROOT, "  %s sentiment chars %d-%d C=%s balanced=%s dev macro-F1 %s",
							language.code(), config.charMin(), config.charMax(), c, balanced, Scores.percent(f1)));
					if (best == null || f1 > best.devMacroF1()) {
						best = new Fit(config, c, balanced, labels, model, f1);
					}
				}
			}
		}
		var rows = LiblinearRows.of(texts(train), best.config(), language);
		var model = LinearTrainer.train(rows, targets(train, labels), best.config().buckets(), best.c(), best.balanced());
		return new Fit(best.config(), best.c(), best.balanced(), labels, model, best.devMacroF1());
	}

	static Sentiment[] labels(List<Example> examples) {
		return Arrays.stream(Sentiment.values())
			.filter(s -> examples.stream().anyMatch(e -> e.label().equals(s.code())))
			.toArray(Sentiment[]::new);
	}

	static double[] targets(List<Example> examples, Sentiment[] labels) {
		var targets = new double[examples.size()];
		for (int i = 0; i < targets.length; i++) {
			targets[i] = Sentiment.of(examples.get(i).label()).orElseThrow().ordinal();
		}
		return targets;
	}

	/** Macro-F1 averaged over the source files, so that the largest file does not choose for all. */
	private static double score(Model model, Feature[][] rows, List<Example> examples) {
		var byFile = new java.util.TreeMap<String, Scores>();
		for (int i = 0; i < rows.length; i++) {
			int predicted = (int) Linear.predict(model, rows[i]);
			byFile.computeIfAbsent(examples.get(i).file(), f -> new Scores())
				.add(examples.get(i).label(), Sentiment.values()[predicted].code());
		}
		return byFile.values().stream().mapToDouble(Scores::macroF1).average().orElse(0);
	}

	static List<Example> sentimentOnly(List<Example> examples) {
		var kept = new ArrayList<Example>();
		for (var example : examples) {
			if (Sentiment.of(example.label()).isPresent()) {
				kept.add(example);
			}
		}
		return kept;
	}

	private static List<String> texts(List<Example> examples) {
		return examples.stream().map(Example::text).toList();
	}
}
