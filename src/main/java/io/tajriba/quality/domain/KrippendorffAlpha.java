package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's alpha, the agreement of several reviewers who scored the same units, any of them possibly
 * missing: alpha = 1 − D_o / D_e, observed over expected disagreement, computed from the coincidence matrix as in
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011). 1 is perfect agreement, 0 agreement no better
 * than chance; 0.667 is the customary lowest value from which tentative conclusions are drawn.
 */
public final class KrippendorffAlpha {

	/** How far apart two values are: the metric that makes alpha nominal, ordinal or interval. */
	public enum Level {
		NOMINAL, ORDINAL, INTERVAL
	}

	/** Below this, a criterion's wording should be looked at again. */
	public static final double TENTATIVE = 0.667;

	private KrippendorffAlpha() {
	}

	/**
	 * Alpha of the units' values (one list per unit, the reviewers' values in any order, nulls for those who did not
	 * score it); units with fewer than two values count for nothing. Null when nothing is pairable or the values
	 * never vary (expected disagreement zero).
	 */
	public static @Nullable Double of(List<List<@Nullable Double>> units, Level level) {
		TreeMap<Double, TreeMap<Double, Double>> coincidences = new TreeMap<>();
		for (List<@Nullable Double> unit : units) {
			List<Double> values = new ArrayList<>();
			for (Double v : unit) {
				if (v != null) {
					values.add(v);
				}
			}
			int m = values.size();
			if (m < 2) {
				continue;
			}
			for (int i = 0; i < m; i++) {
				for (int j = 0; j < m; j++) {
					if (i != j) {
						coincidences.computeIfAbsent(values.get(i), k -> new TreeMap<>()).merge(values.get(j),
								1.0 / (m - 1), Double::sum);
					}
				}
			}
		}
		List<Double> categories = new ArrayList<>(new TreeSet<>(coincidences.keySet()));
		int c = categories.size();
		double[] marginal = new double[c];
		double[][] o = new double[c][c];
		double total = 0;
		for (int i = 0; i < c; i++) {
			for (int j = 0; j < c; j++) {
				o[i][j] = coincidences.get(categories.get(i)).getOrDefault(categories.get(j), 0.0);
				marginal[i] += o[i][j];
			}
			total += marginal[i];
		}
		if (total <= 1) {
			return null;
		}
		double observed = 0;
		double expected = 0;
		for (int i = 0; i < c; i++) {
			for (int j = 0; j < c; j++) {
				double d = distance(i, j, categories, marginal, level);
				observed += o[i][j] * d;
				expected += marginal[i] * marginal[j] * d;
			}
		}
		if (expected == 0) {
			return null;
		}
		return 1 - (total - 1) * observed / expected;
	}

	/** The squared difference of two values under the level's metric. */
	static double distance(int i, int j, List<Double> categories, double[] marginal, Level level) {
		if (i == j) {
			return 0;
		}
		return switch (level) {
			case NOMINAL -> 1;
			case INTERVAL -> Math.pow(categories.get(i) - categories.get(j), 2);
			case ORDINAL -> {
				int low = Math.min(i, j);
				int high = Math.max(i, j);
				double between = 0;
				for (int g = low; g <= high; g++) {
					between += marginal[g];
				}
				yield Math.pow(between - (marginal[low] + marginal[high]) / 2, 2);
			}
		};
	}
}
