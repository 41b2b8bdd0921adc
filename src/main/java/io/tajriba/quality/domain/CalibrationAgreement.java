package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.quality.domain.KrippendorffAlpha.Level;
import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * How far the reviewers of a calibration session agree, from the scores they submitted.
 * <ul>
 * <li>Per criterion: Krippendorff's alpha, ordinal, the units the interactions and the values the chosen points (N/A
 * missing); below {@link KrippendorffAlpha#TENTATIVE} the criterion is flagged for rewording.</li>
 * <li>Overall: alpha over the (interaction, criterion) pairs, each value the criterion's score (chosen − min) /
 * (max − min), so that a yes/no and a five-point criterion are on one scale. The metric is interval: the normalised
 * score is a magnitude (the review score is their weighted mean), and an ordinal metric on the pooled values would
 * let the number of yes/no answers set the distances between the points of five-point criteria.</li>
 * <li>Of the review scores: alpha, interval, over the interactions.</li>
 * <li>Each reviewer's deviation: the mean absolute difference of their criterion scores (0–1) from the consensus,
 * the mean of the other reviewers on that (interaction, criterion), over the pairs someone else scored too, with its
 * 95% t interval and n.</li>
 * </ul>
 * Alpha is null, with a reason, when fewer than two reviewers scored any unit ({@code too_few_reviewers}) or the
 * values never vary ({@code no_variation}).
 */
public final class CalibrationAgreement {

	public static final String TOO_FEW_REVIEWERS = "too_few_reviewers";
	public static final String NO_VARIATION = "no_variation";

	/** One reviewer's submitted answers to one interaction (a criterion's key to its point, null for N/A). */
	public record Scored(String reviewer, String interaction, Map<String, @Nullable Integer> answers,
			@Nullable Double score) {
	}

	/** An alpha with the number of pairable values (in units that at least two reviewers scored). */
	public record Alpha(@Nullable Double alpha, long n, @Nullable String reason) {

		public boolean flagged() {
			return alpha != null && alpha < KrippendorffAlpha.TENTATIVE;
		}
	}

	public record CriterionAlpha(String key, Alpha alpha) {
	}

	/** A reviewer's mean absolute deviation from the others, its 95% interval, over n (interaction, criterion) pairs. */
	public record Deviation(String reviewer, @Nullable Double deviation, double low, double high, long n) {
	}

	public record Result(Alpha overall, List<CriterionAlpha> criteria, List<Deviation> reviewers, Alpha score) {
	}

	private CalibrationAgreement() {
	}

	/** The agreement of these reviewers, in this order, on these interactions, against the criteria of one version. */
	public static Result of(List<Criterion> card, List<String> reviewers, List<String> interactions,
			List<Scored> scores) {
		Map<String, Scored> byCell = new HashMap<>();
		scores.forEach(s -> byCell.put(s.interaction() + "\n" + s.reviewer(), s));
		List<CriterionAlpha> criteria = new ArrayList<>();
		List<List<@Nullable Double>> pairs = new ArrayList<>();
		for (Criterion c : card) {
			List<List<@Nullable Double>> points = new ArrayList<>();
			for (String interaction : interactions) {
				List<@Nullable Double> unit = new ArrayList<>();
				List<@Nullable Double> normalised = new ArrayList<>();
				for (String reviewer : reviewers) {
					Integer point = point(byCell.get(interaction + "\n" + reviewer), c.key());
					unit.add(point == null ? null : point.doubleValue());
					normalised.add(point == null ? null : c.scale().score(point, c.key()));
				}
				points.add(unit);
				pairs.add(normalised);
			}
			criteria.add(new CriterionAlpha(c.key(), alpha(points, Level.ORDINAL)));
		}
		List<List<@Nullable Double>> reviewScores = new ArrayList<>();
		for (String interaction : interactions) {
			List<@Nullable Double> unit = new ArrayList<>();
			for (String reviewer : reviewers) {
				Scored s = byCell.get(interaction + "\n" + reviewer);
				unit.add(s == null ? null : s.score());
			}
			reviewScores.add(unit);
		}
		return new Result(alpha(pairs, Level.INTERVAL), List.copyOf(criteria), deviations(reviewers, pairs),
				alpha(reviewScores, Level.INTERVAL));
	}

	/** Alpha of the units, with the number of pairable values and why it is null when it is. */
	public static Alpha alpha(List<List<@Nullable Double>> units, Level level) {
		long n = 0;
		for (List<@Nullable Double> unit : units) {
			long m = unit.stream().filter(v -> v != null).count();
			n += m >= 2 ? m : 0;
		}
		if (n < 2) {
			return new Alpha(null, n, TOO_FEW_REVIEWERS);
		}
		Double alpha = KrippendorffAlpha.of(units, level);
		return new Alpha(alpha, n, alpha == null ? NO_VARIATION : null);
	}

	/**
	 * Each reviewer's deviation from the consensus over the units, each unit the reviewers' normalised scores in the
	 * reviewers' order.
	 */
	static List<Deviation> deviations(List<String> reviewers, List<List<@Nullable Double>> units) {
		List<Deviation> deviations = new ArrayList<>();
		for (int r = 0; r < reviewers.size(); r++) {
			List<Double> gaps = new ArrayList<>();
			for (List<@Nullable Double> unit : units) {
				Double own = unit.get(r);
				double others = 0;
				int count = 0;
				for (int o = 0; o < unit.size(); o++) {
					Double value = unit.get(o);
					if (o != r && value != null) {
						others += value;
						count++;
					}
				}
				if (own != null && count > 0) {
					gaps.add(Math.abs(own - others / count));
				}
			}
			deviations.add(deviation(reviewers.get(r), gaps));
		}
		return List.copyOf(deviations);
	}

	/** The mean of the gaps with its t interval, kept in [0, 1]; the whole range below two gaps. */
	static Deviation deviation(String reviewer, List<Double> gaps) {
		int n = gaps.size();
		if (n == 0) {
			return new Deviation(reviewer, null, 0, 1, 0);
		}
		double mean = gaps.stream().mapToDouble(Double::doubleValue).sum() / n;
		if (n < 2) {
			return new Deviation(reviewer, mean, 0, 1, n);
		}
		double squares = 0;
		for (double gap : gaps) {
			squares += (gap - mean) * (gap - mean);
		}
		double margin = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
				* Math.sqrt(squares / (n - 1) / n);
		return new Deviation(reviewer, mean, Math.max(0, mean - margin), Math.min(1, mean + margin), n);
	}

	private static @Nullable Integer point(@Nullable Scored scored, String key) {
		return scored == null ? null : scored.answers().get(key);
	}
}
