package io.tajriba.text.training;

import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

import de.bwaldvogel.liblinear.Feature;

/**
 * Source files weighed nearer alike in training: each file's texts repeated about as many times as the largest
 * file is larger, up to a cap. Repeating a row is what an instance weight of that many is to the logistic loss,
 * which liblinear has no other way to take. Without it one large file (SnappFood, GoEmotions) teaches its own
 * label mix and wording to every text of the language.
 */
final class FileWeights {

	private FileWeights() {
	}

	/** Row indices, each as many times as its file is to be repeated; {@code cap} 1 keeps every row once. */
	static int[] order(List<Example> examples, int cap) {
		var sizes = new HashMap<String, Integer>();
		examples.forEach(e -> sizes.merge(e.file(), 1, Integer::sum));
		int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		return IntStream.range(0, examples.size()).flatMap(i -> {
			int repeats = (int) Math.max(1, Math.min(cap, Math.round((double) largest / sizes.get(examples.get(i).file()))));
			return IntStream.generate(() -> i).limit(repeats);
		}).toArray();
	}

	static Feature[][] rows(Feature[][] rows, int[] order) {
		var repeated = new Feature[order.length][];
		for (int i = 0; i < order.length; i++) {
			repeated[i] = rows[order[i]];
		}
		return repeated;
	}

	static double[] targets(double[] targets, int[] order) {
		var repeated = new double[order.length];
		for (int i = 0; i < order.length; i++) {
			repeated[i] = targets[order[i]];
		}
		return repeated;
	}
}
