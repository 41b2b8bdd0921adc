package io.tajriba.personas.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.distance.EuclideanDistance;

/**
 * The mean silhouette of a clustering, on a seeded sample of points when there are many: for each point,
 * (b - a) / max(a, b) with a its mean distance to its own cluster and b to the nearest other cluster.
 */
final class Silhouette {

	private static final EuclideanDistance DISTANCE = new EuclideanDistance();

	private Silhouette() {
	}

	static <T extends Clusterable> double mean(List<CentroidCluster<T>> clusters, int sample, long seed) {
		List<List<double[]>> groups = new ArrayList<>();
		int total = 0;
		for (CentroidCluster<T> c : clusters) {
			List<double[]> points = new ArrayList<>();
			c.getPoints().forEach(p -> points.add(p.getPoint()));
			groups.add(points);
			total += points.size();
		}
		double keep = Math.min(1.0, (double) sample / total);
		Random random = new Random(seed);
		double sum = 0;
		int n = 0;
		for (int g = 0; g < groups.size(); g++) {
			for (double[] point : groups.get(g)) {
				if (random.nextDouble() >= keep || groups.get(g).size() < 2) {
					continue;
				}
				double a = meanDistance(point, groups.get(g), keep, random);
				double b = Double.POSITIVE_INFINITY;
				for (int h = 0; h < groups.size(); h++) {
					if (h != g && !groups.get(h).isEmpty()) {
						b = Math.min(b, meanDistance(point, groups.get(h), keep, random));
					}
				}
				sum += (b - a) / Math.max(a, b);
				n++;
			}
		}
		return n == 0 ? -1 : sum / n;
	}

	private static double meanDistance(double[] point, List<double[]> group, double keep, Random random) {
		double sum = 0;
		int n = 0;
		for (double[] other : group) {
			if (other != point && (keep >= 1 || random.nextDouble() < keep)) {
				sum += DISTANCE.compute(point, other);
				n++;
			}
		}
		return n == 0 ? 0 : sum / n;
	}
}
