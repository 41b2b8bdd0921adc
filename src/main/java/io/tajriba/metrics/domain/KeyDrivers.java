package io.tajriba.metrics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Key driver analysis: how much each driver contributes to explaining an outcome (relative importance), set
 * against how it performs today.
 * <p>
 * Respondents who left any driver or the outcome unanswered are left out (listwise deletion): every subset's R²
 * then rests on the same people, which is what lets the Shapley shares add up to the full R². Pairwise deletion
 * would mix different people per pair and can give shares that do not add up, or are negative.
 * <p>
 * Up to {@value #MAX_EXACT} drivers get exact Shapley values of R²; beyond that Johnson's relative weights, which
 * are within a few points of them at a fraction of the cost. Drivers everyone answered alike explain nothing and
 * get no share.
 */
public final class KeyDrivers {

	/** Most drivers decomposed exactly: 2<sup>12</sup> = 4,096 regressions. */
	public static final int MAX_EXACT = 12;

	private KeyDrivers() {
	}

	public static DriverAnalysis analyse(List<Driver> drivers, List<DriverRow> rows) {
		return analyse(drivers, rows, drivers.size() > MAX_EXACT);
	}

	static DriverAnalysis analyse(List<Driver> drivers, List<DriverRow> rows, boolean relativeWeights) {
		int k = drivers.size();
		if (k == 0) {
			throw new IllegalArgumentException("key driver analysis needs at least one driver");
		}
		for (DriverRow row : rows) {
			if (row.values().length != k) {
				throw new IllegalArgumentException("each row needs " + k + " driver values, one had "
						+ row.values().length);
			}
		}
		List<DriverRow> complete = rows.stream().filter(DriverRow::complete).toList();
		int n = complete.size();
		double[] y = complete.stream().mapToDouble(DriverRow::outcome).toArray();
		double[][] columns = new double[k][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < k; j++) {
				columns[j][i] = complete.get(i).value(j);
			}
		}
		double[] contributions = contributions(columns, y, relativeWeights);
		var method = relativeWeights ? DriverAnalysis.Method.RELATIVE_WEIGHTS : DriverAnalysis.Method.SHAPLEY;
		return new DriverAnalysis(n, Stats.clip(StatUtils.sum(contributions), 0, 1), method,
				results(drivers, columns, y, contributions), n < Math.max(30, 10 * k));
	}

	private static double[] contributions(double[][] columns, double[] y, boolean relativeWeights) {
		int k = columns.length;
		double[] contributions = new double[k];
		int[] varying = IntStream.range(0, k)
			.filter(j -> y.length > 1 && StatUtils.variance(columns[j]) > 0)
			.toArray();
		// a regression needs more respondents than coefficients, and an outcome that varies
		if (varying.length == 0 || y.length <= varying.length + 1 || StatUtils.variance(y) == 0) {
			return contributions;
		}
		double[][] x = new double[y.length][varying.length];
		for (int i = 0; i < y.length; i++) {
			for (int v = 0; v < varying.length; v++) {
				x[i][v] = columns[varying[v]][i];
			}
		}
		double[] shares = relativeWeights ? RelativeWeights.of(x, y) : ShapleyShares.of(x, y);
		for (int v = 0; v < varying.length; v++) {
			contributions[varying[v]] = Math.max(0, shares[v]);
		}
		return contributions;
	}

	private static List<DriverResult> results(List<Driver> drivers, double[][] columns, double[] y,
			double[] contributions) {
		int k = drivers.size();
		boolean[] lowerIsBetter = new boolean[k];
		double total = StatUtils.sum(contributions);
		double[] importance = new double[k];
		double[] means = new double[k];
		double[] performance = new double[k];
		for (int j = 0; j < k; j++) {
			Driver driver = drivers.get(j);
			importance[j] = total > 0 ? 100 * contributions[j] / total : 0;
			means[j] = columns[j].length == 0 ? (driver.scaleMin() + driver.scaleMax()) / 2 : StatUtils.mean(columns[j]);
			performance[j] = driver.performance(means[j]);
			// an indicator that goes with a worse outcome performs well where it is absent
			lowerIsBetter[j] = driver.indicator() && columns[j].length > 1
					&& new Covariance().covariance(columns[j], y) < 0;
			if (lowerIsBetter[j]) {
				performance[j] = 100 - performance[j];
			}
		}
		double importanceMedian = new Median().evaluate(importance);
		double performanceMedian = new Median().evaluate(performance);
		List<DriverResult> results = new ArrayList<>();
		for (int j = 0; j < k; j++) {
			Quadrant quadrant = Quadrant.of(importance[j] > importanceMedian, performance[j] > performanceMedian);
			results.add(new DriverResult(drivers.get(j).name(), importance[j], contributions[j], means[j],
					performance[j], quadrant, lowerIsBetter[j]));
		}
		return results;
	}
}
