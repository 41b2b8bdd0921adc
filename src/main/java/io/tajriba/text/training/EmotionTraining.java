package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import io.tajriba.text.domain.Emotion;
import io.tajriba.text.domain.EmotionMapping;
import io.tajriba.text.domain.FeatureConfig;
import io.tajriba.text.domain.LiblinearRows;
import io.tajriba.text.domain.TextLanguage;

/**
 * One yes-or-no logistic regression per emotion (one-vs-rest, so a text can carry several), over the features
 * the language's sentiment model uses. An emotion is learnt only where the data has at least
 * {@value #MIN_POSITIVES} training texts of it; its decision threshold is the one that maximises its F1 on a
 * development share of the training part.
 */
final class EmotionTraining {

	static final int MIN_POSITIVES = 40;
	private static final double C = 4;

	/** A fitted emotion: its model and threshold. */
	record Fit(Emotion emotion, Model model, float threshold) {
	}

	private EmotionTraining() {
	}

	static List<Fit> train(TextLanguage language, List<Example> train, FeatureConfig config, long seed,
			Consumer<String> log) {
		var split = DataFiles.Split.of(train, 0.15, seed);
		var fitRows = LiblinearRows.of(texts(split.train()), config, language);
		var devRows = LiblinearRows.of(texts(split.heldOut()), config, language);
		var allRows = LiblinearRows.of(texts(train), config, language);
		var fits = new ArrayList<Fit>();
		for (var emotion : Emotion.values()) {
			var targets = targets(train, emotion);
			if (positives(targets) < MIN_POSITIVES) {
				continue;
			}
			var devModel = LinearTrainer.train(fitRows, targets(split.train(), emotion), config.buckets(), C, true);
			float threshold = bestThreshold(devModel, devRows, targets(split.heldOut(), emotion));
			var model = LinearTrainer.train(allRows, targets, config.buckets(), C, true);
			log.accept("  " + language.code() + " emotion " + emotion.code() + " threshold " + threshold);
			fits.add(new Fit(emotion, model, threshold));
		}
		return fits;
	}

	static double[] targets(List<Example> examples, Emotion emotion) {
		var targets = new double[examples.size()];
		for (int i = 0; i < targets.length; i++) {
			targets[i] = EmotionMapping.map(examples.get(i).label()).contains(emotion) ? 1 : 0;
		}
		return targets;
	}

	private static int positives(double[] targets) {
		int n = 0;
		for (double t : targets) {
			n += t > 0 ? 1 : 0;
		}
		return n;
	}

	private static float bestThreshold(Model model, Feature[][] rows, double[] gold) {
		var p = new double[rows.length];
		var probabilities = new double[2];
		int positive = model.getLabels()[0] == 1 ? 0 : 1;
		for (int i = 0; i < rows.length; i++) {
			Linear.predictProbability(model, rows[i], probabilities);
			p[i] = probabilities[positive];
		}
		float best = 0.5f;
		double bestF1 = -1;
		for (float threshold = 0.2f; threshold < 0.91f; threshold += 0.05f) {
			int goldCount = 0, predicted = 0, both = 0;
			for (int i = 0; i < rows.length; i++) {
				boolean yes = p[i] >= threshold;
				goldCount += gold[i] > 0 ? 1 : 0;
				predicted += yes ? 1 : 0;
				both += yes && gold[i] > 0 ? 1 : 0;
			}
			double f1 = Scores.f1(goldCount, predicted, both);
			if (f1 > bestF1) {
				bestF1 = f1;
				best = Math.round(threshold * 100) / 100f;
			}
		}
		return best;
	}

	/** Per emotion {gold, predicted, both} counts of a model's emotions on labelled texts. */
	static Map<Emotion, int[]> counts(List<Example> examples, Set<Emotion> known,
			java.util.function.Function<String, Set<Emotion>> predict) {
		var counts = new EnumMap<Emotion, int[]>(Emotion.class);
		known.forEach(e -> counts.put(e, new int[3]));
		for (var example : examples) {
			var gold = EmotionMapping.map(example.label());
			var predicted = predict.apply(example.text());
			for (var emotion : known) {
				var c = counts.get(emotion);
				boolean g = gold.contains(emotion);
				boolean p = predicted.contains(emotion);
				c[0] += g ? 1 : 0;
				c[1] += p ? 1 : 0;
				c[2] += g && p ? 1 : 0;
			}
		}
		return counts;
	}

	private static List<String> texts(List<Example> examples) {
		return examples.stream().map(Example::text).toList();
	}
}
