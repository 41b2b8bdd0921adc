package io.tajriba.personas.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Persona suggestions: k-means++ (Commons Math) on standardised behaviour features, for k from 2 to 6; the k with
 * the best mean silhouette wins (how much closer each customer is to its own group than to the next one). Seeded,
 * so the same customers always give the same suggestions.
 */
public final class Clustering {

	/** Below this, groups are noise: no suggestion is made. */
	public static final int MIN_CUSTOMERS = 30;
	static final int SILHOUETTE_SAMPLE = 1_500;
	static final java.util.Set<String> LOGGED = java.util.Set.of("interactions", "purchases", "revenue", "avgOrder",
			"support", "tenureDays", "daysSinceLastSeen");

	private final List<String> features;
	private final long seed;

	public Clustering(List<String> features, long seed) {
		this.features = List.copyOf(features);
		this.seed = seed;
	}

	public List<Suggestion> suggest(List<CustomerFeatures> customers) {
		if (customers.size() < MIN_CUSTOMERS) {
			return List.of();
		}
		double[][] raw = customers.stream().map(this::vector).toArray(double[][]::new);
		double[][] scaled = new double[raw.length][];
		for (int i = 0; i < raw.length; i++) {
			scaled[i] = scaled(raw[i]);
		}
		double[] mean = new double[features.size()];
		double[] sd = new double[features.size()];
		double[] rawMean = new double[features.size()];
		for (int j = 0; j < features.size(); j++) {
			mean[j] = new Mean().evaluate(column(scaled, j));
			sd[j] = new StandardDeviation().evaluate(column(scaled, j));
			rawMean[j] = new Mean().evaluate(column(raw, j));
		}
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < raw.length; i++) {
			double[] z = new double[features.size()];
			for (int j = 0; j < z.length; j++) {
				z[j] = sd[j] == 0 ? 0 : (scaled[i][j] - mean[j]) / sd[j];
			}
			points.add(new Point(raw[i], scaled[i], z));
		}
		List<CentroidCluster<Point>> best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int k = 2; k <= Math.min(6, points.size() / 10); k++) {
			JDKRandomGenerator random = new JDKRandomGenerator();
			random.setSeed(seed + k);
			var clusters = new KMeansPlusPlusClusterer<Point>(k, 200, new EuclideanDistance(), random).cluster(points);
			double score = Silhouette.mean(clusters, SILHOUETTE_SAMPLE, seed);
			if (score > bestScore + 1e-9) {
				bestScore = score;
				best = clusters;
			}
		}
		return best == null ? List.of() : describe(best, mean, sd, rawMean, customers.size());
	}

	private List<Suggestion> describe(List<CentroidCluster<Point>> clusters, double[] mean, double[] sd,
			double[] rawMean, int total) {
		List<CentroidCluster<Point>> bySize = new ArrayList<>(clusters);
		bySize.sort(Comparator.comparingInt((CentroidCluster<Point> c) -> c.getPoints().size()).reversed());
		List<Suggestion> suggestions = new ArrayList<>();
		for (CentroidCluster<Point> cluster : bySize) {
			if (cluster.getPoints().isEmpty()) {
				continue;
			}
			Map<String, Double> means = new LinkedHashMap<>();
			List<Suggestion.Distinction> distinctions = new ArrayList<>();
			for (int j = 0; j < features.size(); j++) {
				double groupMean = new Mean().evaluate(column(cluster.getPoints().stream().map(p -> p.raw)
					.toArray(double[][]::new), j));
				double groupScaled = new Mean().evaluate(column(cluster.getPoints().stream().map(p -> p.scaled)
					.toArray(double[][]::new), j));
				means.put(features.get(j), groupMean);
				double z = sd[j] == 0 ? 0 : (groupScaled - mean[j]) / sd[j];
				distinctions.add(new Suggestion.Distinction(features.get(j), groupMean, rawMean[j], z));
			}
			distinctions.sort(Comparator.comparingDouble((Suggestion.Distinction d) -> -Math.abs(d.z())));
			List<Suggestion.Distinction> top = distinctions.stream().filter(d -> Math.abs(d.z()) >= 0.5).limit(3)
				.toList();
			suggestions.add(new Suggestion(suggestions.size() + 1, cluster.getPoints().size(),
					(double) cluster.getPoints().size() / total, means, top, RuleDerivation.rule(top)));
		}
		return suggestions;
	}

	private double[] vector(CustomerFeatures customer) {
		double[] v = new double[features.size()];
		for (int j = 0; j < v.length; j++) {
			Double n = customer.number(features.get(j));
			v[j] = n == null ? 0 : n;
		}
		return v;
	}

	/** Counts and money are skewed: their logarithm keeps a few heavy customers from deciding the groups. */
	private double[] scaled(double[] raw) {
		double[] out = new double[raw.length];
		for (int j = 0; j < raw.length; j++) {
			out[j] = LOGGED.contains(features.get(j)) ? Math.log1p(Math.max(0, raw[j])) : raw[j];
		}
		return out;
	}

	private static double[] column(double[][] rows, int j) {
		double[] column = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			column[i] = rows[i][j];
		}
		return column;
	}

	/** A customer as k-means sees them: standardised features, with the original values kept for describing. */
	static final class Point implements Clusterable {

		final double[] raw;
		final double[] scaled;
		private final double[] z;

		Point(double[] raw, double[] scaled, double[] z) {
			this.raw = raw;
			this.scaled = scaled;
			this.z = z;
		}

		@Override
		public double[] getPoint() {
			return z;
		}
	}
}
