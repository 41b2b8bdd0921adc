package io.tajriba.text.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * L2-regularised logistic regression by liblinear (its trust-region Newton solver), optionally with classes
 * weighted inversely to their frequency so that rare classes (neutral, negative attraction reviews) count.
 */
final class LinearTrainer {

	static {
		Linear.disableDebugOutput();
	}

	private LinearTrainer() {
	}

	static Model train(Feature[][] rows, double[] labels, int buckets, double c, boolean balanced) {
		var problem = new Problem();
		problem.l = rows.length;
		problem.n = buckets + 1;
		problem.x = rows;
		problem.y = labels;
		problem.bias = -1; // the bias is the last feature of every row already
		var parameter = new Parameter(SolverType.L2R_LR, c, 0.01);
		parameter.setRandom(new java.util.Random(7));
		if (balanced) {
			balance(parameter, labels);
		}
		return Linear.train(problem, parameter);
	}

	private static void balance(Parameter parameter, double[] labels) {
		var counts = new java.util.TreeMap<Integer, Integer>();
		for (double label : labels) {
			counts.merge((int) label, 1, Integer::sum);
		}
		var classes = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
		var weights = new double[classes.length];
		for (int i = 0; i < classes.length; i++) {
			weights[i] = (double) labels.length / (classes.length * counts.get(classes[i]));
		}
		parameter.setWeights(weights, classes);
	}

	/**
	 * The weights of one class of a model as bucket, output pairs: {@code column} of {@code weights} (interleaved,
	 * {@code outputs} per bucket) and the bias. For a two-class model, the decision for {@code label}.
	 */
	static void copy(Model model, int label, int buckets, float[] weights, float[] bias, int outputs, int column) {
		int index = indexOf(model.getLabels(), label);
		int nrW = model.getNrClass() == 2 ? 1 : model.getNrClass();
		double sign = nrW == 1 && index == 1 ? -1 : 1;
		int w = nrW == 1 ? 0 : index;
		double[] all = model.getFeatureWeights();
		for (int b = 0; b < buckets; b++) {
			weights[b * outputs + column] = (float) (sign * all[b * nrW + w]);
		}
		bias[column] = (float) (sign * all[buckets * nrW + w]);
	}

	private static int indexOf(int[] labels, int label) {
		for (int i = 0; i < labels.length; i++) {
			if (labels[i] == label) {
				return i;
			}
		}
		throw new IllegalArgumentException("label " + label + " not in model");
	}
}
