package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import io.tajriba.text.domain.FeatureConfig;
import io.tajriba.text.domain.LiblinearRows;
import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextLanguage;

/**
 * The sentiment classifier of one language: the features (character n-gram range), the regularisation, the
 * class weights and the {@link DecisionOffsets} are chosen on a development share of the training part by
 * macro-F1 on balanced data (every label of every file weighted alike) averaged over the source files, then
 * the model is fitted on the whole training part. The labels are those the language's data has: Hebrew has no
 * neutral class, so its model answers positive or negative only.
 */
final class SentimentTraining {

	static final int BITS = 18;
	/**
	 * Character n-grams of 2-4 or 3-5 letters, and C of 4 or 16: words alone and C = 1 never came out best for any
	 * language, so the search spends its time on how files and classes are weighted instead.
	 */
	private static final List<FeatureConfig> CONFIGS = List.of(new FeatureConfig(BITS, 2, 4, true),
			new FeatureConfig(BITS, 3, 5, true));
	private static final double[] CS = { 4, 16 };
	/** With and without classes weighted inversely to their frequency. */
	private static final boolean[] BALANCED = { false, true };
	/** Texts of each file as they come, or those of smaller files repeated, up to this many times. */
	private static final int[] FILE_REPEATS = { 1, 4 };

	/** The chosen settings, the offsets added to the decision values, and the fitted model. */
	record Fit(FeatureConfig config, double c, boolean balanced, int fileRepeats, double[] offsets, Sentiment[] labels,
			Model model, double devMacroF1) {
	}

	private SentimentTraining() {
	}

	static Fit train(TextLanguage language, List<Example> train, long seed, Consumer<String> log) {
		var labels = labels(train);
		var split = DataFiles.Split.of(train, 0.15, seed);
		var dev = split.heldOut();
		Fit best = null;
		for (var config : CONFIGS) {
			var fitRows = LiblinearRows.of(texts(split.train()), config, language);
			var devRows = LiblinearRows.of(texts(dev), config, language);
			for (int repeats : FILE_REPEATS) {
				var order = FileWeights.order(split.train(), repeats);
				var rows = FileWeights.rows(fitRows, order);
				var targets = FileWeights.targets(targets(split.train(), labels), order);
				for (double c : CS) {
					for (boolean balanced : BALANCED) {
						var model = LinearTrainer.train(rows, targets, config.buckets(), c, balanced);
						var choice = offsets(model, devRows, dev, labels).best();
						log.accept(String.format(Locale.ROOT,
								"  %s sentiment chars %d-%d files x%d C=%s balanced=%s offsets %s: balanced dev macro-F1 %s",
								language.code(), config.charMin(), config.charMax(), repeats, c, balanced,
								Arrays.toString(choice.offsets()), Scores.percent(choice.score())));
						if (best == null || choice.score() > best.devMacroF1()) {
							best = new Fit(config, c, balanced, repeats, choice.offsets(), labels, model, choice.score());
						}
					}
				}
			}
		}
		var order = FileWeights.order(train, best.fileRepeats());
		var rows = FileWeights.rows(LiblinearRows.of(texts(train), best.config(), language), order);
		var model = LinearTrainer.train(rows, FileWeights.targets(targets(train, labels), order), best.config().buckets(),
				best.c(), best.balanced());
		return new Fit(best.config(), best.c(), best.balanced(), best.fileRepeats(), best.offsets(), labels, model,
				best.devMacroF1());
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

	/** The development texts' decision values, output by output as the shipped model has them. */
	static DecisionOffsets offsets(Model model, Feature[][] rows, List<Example> examples, Sentiment[] labels) {
		int outputs = labels.length == 2 ? 1 : labels.length;
		var decisions = new double[rows.length][outputs];
		var gold = new int[rows.length];
		var files = new String[rows.length];
		var values = new double[Math.max(2, model.getNrClass())];
		var order = model.getLabels();
		for (int i = 0; i < rows.length; i++) {
			Linear.predictValues(model, rows[i], values);
			for (int k = 0; k < outputs; k++) {
				decisions[i][k] = outputs == 1 ? (order[0] == labels[0].ordinal() ? values[0] : -values[0])
						: values[indexOf(order, labels[k].ordinal())];
			}
			var label = Sentiment.of(examples.get(i).label()).orElseThrow();
			gold[i] = Arrays.asList(labels).indexOf(label);
			files[i] = examples.get(i).file();
		}
		return new DecisionOffsets(decisions, gold, files, labels.length);
	}

	private static int indexOf(int[] order, int label) {
		for (int i = 0; i < order.length; i++) {
			if (order[i] == label) {
				return i;
			}
		}
		throw new IllegalArgumentException("label " + label + " not in model");
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
