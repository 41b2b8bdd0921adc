package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Empirical Bayes: each agent's figure pulled towards their team's by how little it rests on. Agents' estimates
 * x_i with sampling variances v_i are taken as drawn around the team's mean mu with a between-agent variance
 * tau², estimated by DerSimonian and Laird's method of moments; each shrinks to
 * mu + tau² / (tau² + v_i) · (x_i − mu). With tau² = 0 (agents no more different than chance) every agent gets the
 * team's mean; an agent with many answers keeps nearly their own.
 */
public final class Shrinkage {

	/** One agent's estimate and its sampling variance (for a share p of n answers, p(1 − p) / n). */
	public record Estimate(double value, double variance) {
	}

	/** The team's mean, the between-agent variance, and each agent's shrunk value in the order given. */
	public record Result(double mean, double tau2, List<Double> shrunk) {
	}

	private Shrinkage() {
	}

	public static Result of(List<Estimate> estimates) {
		if (estimates.isEmpty()) {
			return new Result(Double.NaN, 0, List.of());
		}
		double sumW = 0;
		double sumWX = 0;
		double sumW2 = 0;
		for (Estimate e : estimates) {
			double w = 1 / floor(e.variance());
			sumW += w;
			sumWX += w * e.value();
			sumW2 += w * w;
		}
		double fixed = sumWX / sumW;
		double q = 0;
		for (Estimate e : estimates) {
			q += Math.pow(e.value() - fixed, 2) / floor(e.variance());
		}
		int k = estimates.size();
		double tau2 = k < 2 ? 0 : Math.max(0, (q - (k - 1)) / (sumW - sumW2 / sumW));
		double mean = fixed;
		if (tau2 > 0) {
			double w = 0;
			double wx = 0;
			for (Estimate e : estimates) {
				double wi = 1 / (floor(e.variance()) + tau2);
				w += wi;
				wx += wi * e.value();
			}
			mean = wx / w;
		}
		List<Double> shrunk = new ArrayList<>(k);
		for (Estimate e : estimates) {
			double b = tau2 / (tau2 + floor(e.variance()));
			shrunk.add(mean + b * (e.value() - mean));
		}
		return new Result(mean, tau2, List.copyOf(shrunk));
	}

	/** A share's sampling variance, kept off zero for shares of 0% and 100% (as if half an answer differed). */
	public static double shareVariance(long successes, long n) {
		double p = (successes + 0.5) / (n + 1.0);
		return p * (1 - p) / n;
	}

	private static double floor(double variance) {
		return Math.max(variance, 1e-12);
	}
}
