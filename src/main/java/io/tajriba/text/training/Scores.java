package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Gold and predicted labels counted, for accuracy and macro-F1 (over the labels the gold data holds). */
final class Scores {

	private final Map<String, int[]> counts = new LinkedHashMap<>();
	private int total;
	private int correct;

	void add(String gold, String predicted) {
		total++;
		if (gold.equals(predicted)) {
			correct++;
		}
		counts.computeIfAbsent(gold, l -> new int[3])[0]++; // gold
		counts.computeIfAbsent(predicted, l -> new int[3])[1]++; // predicted
		if (gold.equals(predicted)) {
			counts.get(gold)[2]++; // both
		}
	}

	void addAll(Scores other) {
		total += other.total;
		correct += other.correct;
		other.counts.forEach((label, c) -> {
			var mine = counts.computeIfAbsent(label, l -> new int[3]);
			for (int i = 0; i < 3; i++) {
				mine[i] += c[i];
			}
		});
	}

	int total() {
		return total;
	}

	double accuracy() {
		return total == 0 ? 0 : (double) correct / total;
	}

	double macroF1() {
		var f1s = new ArrayList<Double>();
		for (var label : new TreeSet<>(counts.keySet())) {
			var c = counts.get(label);
			if (c[0] > 0) {
				f1s.add(f1(c));
			}
		}
		return f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	/** The F1 of one label, or NaN where the gold data has none of it. */
	double f1(String label) {
		var c = counts.get(label);
		return c == null || c[0] == 0 ? Double.NaN : f1(c);
	}

	static double f1(int[] c) {
		return c[0] + c[1] == 0 ? 0 : 2.0 * c[2] / (c[0] + c[1]);
	}

	static double f1(int gold, int predicted, int both) {
		return f1(new int[] { gold, predicted, both });
	}

	String labels() {
		return String.join("/", new TreeSet<>(counts.keySet().stream().filter(l -> counts.get(l)[0] > 0).toList()));
	}

	static String percent(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		return String.format(java.util.Locale.ROOT, "%.1f", value * 100);
	}

	static List<String> row(String name, Scores scores) {
		return List.of(name, String.valueOf(scores.total), percent(scores.accuracy()), percent(scores.macroF1()));
	}
}
