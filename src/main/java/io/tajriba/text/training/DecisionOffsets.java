package io.tajriba.text.training;

import java.util.HashMap;

/**
 * The sentiment decision tuned for balanced data: an offset added to each label's decision value (the last
 * label's stays 0), chosen on a development share to maximise macro-F1 with every label of every file
 * weighted alike, averaged over the files. It corrects the priors the training mix taught (GoEmotions' many
 * neutral comments, SnappFood's none) and is folded into the model's biases, so it costs nothing at run time.
 * Weighting each text by one over its label's count in its file scores the expected balanced sample without
 * discarding the texts a subsample would.
 */
final class DecisionOffsets {

	static final double RANGE = 2;
	static final double STEP = 0.1;

	/** Offsets and the balanced macro-F1 (mean over files) they reach. */
	record Choice(double[] offsets, double score) {
	}

	private final double[][] decisions;
	private final int[] gold;
	private final int[] file;
	private final double[] weight;
	private final int files;
	private final int labels;

	/**
	 * @param decisions per text, the decision value of each output: one per label, or a single one for two labels
	 *                  (positive for the first label)
	 * @param gold      per text, the index of its label
	 */
	DecisionOffsets(double[][] decisions, int[] gold, String[] fileNames, int labels) {
		this.decisions = decisions;
		this.gold = gold;
		this.labels = labels;
		this.file = new int[gold.length];
		var index = new HashMap<String, Integer>();
		for (int i = 0; i < gold.length; i++) {
			file[i] = index.computeIfAbsent(fileNames[i], f -> index.size());
		}
		this.files = index.size();
		var counts = new int[files * labels];
		for (int i = 0; i < gold.length; i++) {
			counts[file[i] * labels + gold[i]]++;
		}
		this.weight = new double[gold.length];
		for (int i = 0; i < gold.length; i++) {
			weight[i] = 1.0 / counts[file[i] * labels + gold[i]];
		}
	}

	Choice best() {
		int outputs = decisions.length == 0 ? labels : decisions[0].length;
		int free = outputs == 1 ? 1 : outputs - 1;
		var offsets = new double[outputs];
		var best = new Choice(offsets.clone(), score(offsets));
		int steps = (int) Math.round(2 * RANGE / STEP);
		int combinations = (int) Math.pow(steps + 1, free);
		for (int c = 0; c < combinations; c++) {
			int rest = c;
			for (int k = 0; k < free; k++) {
				offsets[k] = Math.round((-RANGE + (rest % (steps + 1)) * STEP) * 100) / 100.0;
				rest /= steps + 1;
			}
			double score = score(offsets);
			// ties go to the smaller correction
			if (score > best.score() + 1e-12
					|| Math.abs(score - best.score()) <= 1e-12 && norm(offsets) < norm(best.offsets())) {
				best = new Choice(offsets.clone(), score);
			}
		}
		return best;
	}

	/** Balanced macro-F1 of the decisions with these offsets, averaged over the files. */
	double score(double[] offsets) {
		var confusion = new double[files][labels * labels];
		for (int i = 0; i < gold.length; i++) {
			confusion[file[i]][gold[i] * labels + predict(decisions[i], offsets)] += weight[i];
		}
		double sum = 0;
		for (var matrix : confusion) {
			sum += macroF1(matrix);
		}
		return files == 0 ? 0 : sum / files;
	}

	int predict(double[] decision, double[] offsets) {
		if (decision.length == 1) {
			return decision[0] + offsets[0] > 0 ? 0 : 1;
		}
		int best = 0;
		for (int k = 1; k < decision.length; k++) {
			best = decision[k] + offsets[k] > decision[best] + offsets[best] ? k : best;
		}
		return best;
	}

	private double macroF1(double[] matrix) {
		double sum = 0;
		int present = 0;
		for (int g = 0; g < labels; g++) {
			double row = 0, column = 0;
			for (int p = 0; p < labels; p++) {
				row += matrix[g * labels + p];
				column += matrix[p * labels + g];
			}
			if (row > 0) {
				present++;
				sum += 2 * matrix[g * labels + g] / (row + column);
			}
		}
		return present == 0 ? 0 : sum / present;
	}

	private static double norm(double[] offsets) {
		double sum = 0;
		for (double o : offsets) {
			sum += Math.abs(o);
		}
		return sum;
	}
}
