package io.tajriba.actions.domain;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether treated and control units moved alike before launch, the assumption a difference in differences rests
 * on. Each baseline week gives the difference of the groups' means, known to within its sampling variance; a line
 * through those differences weighted by their precision has a slope near zero when the trends were parallel.
 * <p>
 * The weights only rank the weeks: the scale is estimated from the residuals, so weekly shocks the answers'
 * variance does not cover widen the interval instead of being ignored. A week whose answers are all equal in both
 * groups has no sampling variance: it is weighed as the most precise of the other weeks (all weeks alike when
 * none has any), not infinitely.
 */
public final class ParallelTrends {

	private ParallelTrends() {
	}

	/**
	 * Per baseline week with ≥2 answers in both groups: d = treated mean − control mean (pooled answers of the group
	 * that week), variance v = s²_T/n_T + s²_C/n_C; weighted least squares of d on the week index with weights 1/v,
	 * the scale estimated from the residuals, t with k−2 degrees of freedom. Null with fewer than 3 such weeks or no
	 * control.
	 */
	public static @Nullable PreTrend check(List<UnitAnswers> treated, List<UnitAnswers> control) {
		List<Moments> treatedWeeks = UnitAnswers.pooledBefore(treated);
		List<Moments> controlWeeks = UnitAnswers.pooledBefore(control);
		int span = Math.min(treatedWeeks.size(), controlWeeks.size());
		double[] week = new double[span];
		double[] difference = new double[span];
		double[] variance = new double[span];
		int k = 0;
		for (int i = 0; i < span; i++) {
			Moments t = treatedWeeks.get(i);
			Moments c = controlWeeks.get(i);
			if (t.n() >= 2 && c.n() >= 2) {
				week[k] = i;
				difference[k] = t.mean() - c.mean();
				variance[k] = t.variance() / t.n() + c.variance() / c.n();
				k++;
			}
		}
		if (k < 3) {
			return null;
		}
		WeightedLine line = WeightedLine.fit(Arrays.copyOf(week, k), Arrays.copyOf(difference, k),
				weights(Arrays.copyOf(variance, k)));
		double df = k - 2;
		double slopeVariance = line.residualSquares() / df / line.sxx();
		double slope = line.slope();
		double p = slopeVariance > 0 ? Intervals.twoSidedP(slope / Math.sqrt(slopeVariance), df) : slope == 0 ? 1 : 0;
		return new PreTrend(slope, Intervals.interval(slope, slopeVariance, df), p, k);
	}

	/** 1/v, a zero v taken as the smallest positive one (1 for all when every v is zero). */
	private static double[] weights(double[] variance) {
		double smallest = Double.POSITIVE_INFINITY;
		for (double v : variance) {
			if (v > 0) {
				smallest = Math.min(smallest, v);
			}
		}
		double floor = smallest == Double.POSITIVE_INFINITY ? 1 : smallest;
		double[] weights = new double[variance.length];
		for (int i = 0; i < variance.length; i++) {
			weights[i] = 1 / Math.max(variance[i], floor);
		}
		return weights;
	}
}
