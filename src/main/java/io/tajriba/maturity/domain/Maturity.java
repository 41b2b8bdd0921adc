package io.tajriba.maturity.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Reads an assessment: each evidence figure's level by its rule, a competency's evidence level the nearest to the
 * mean of its figures' levels (those with data), its raters' level the nearest to the mean of each rater's mean
 * (every rater weighs the same, however many items they answered), and the steps for what is weak: a figure below
 * managed or with no data, an item whose raters' mean is 2.5 or less.
 */
public final class Maturity {

	/** A figure below this level gets a recommendation. */
	static final Level GOOD_ENOUGH = Level.MANAGED;

	/** An item whose mean is at most this gets a recommendation. */
	static final double WEAK_ITEM = 2.5;

	private Maturity() {
	}

	public static Evaluation evaluate(Rubric rubric, Map<String, Measure> evidence, List<RaterAnswers> raters) {
		List<Evaluation.Result> results = new ArrayList<>();
		for (Rubric.Competency c : rubric.competencies()) {
			results.add(competency(c, evidence, raters));
		}
		return new Evaluation(List.copyOf(results), overall(results, true), overall(results, false));
	}

	private static Evaluation.Result competency(Rubric.Competency c, Map<String, Measure> evidence,
			List<RaterAnswers> raters) {
		List<Evaluation.Scored> scored = new ArrayList<>();
		List<Evaluation.Recommendation> steps = new ArrayList<>();
		for (Rubric.Evidence e : c.evidence()) {
			Measure m = evidence.getOrDefault(e.key(), Measure.none(e.rule().kind()));
			Level level = e.rule().level(m);
			scored.add(new Evaluation.Scored(e.key(), m, level));
			if (level == null || level.compareTo(GOOD_ENOUGH) < 0) {
				steps.add(new Evaluation.Recommendation("evidence", e.key(), level, m, null));
			}
		}
		List<Evaluation.Item> items = new ArrayList<>();
		for (Rubric.Item i : c.items()) {
			Evaluation.Item item = item(i.key(), raters);
			items.add(item);
			if (item.mean() != null && item.mean() <= WEAK_ITEM) {
				steps.add(new Evaluation.Recommendation("item", i.key(), null, null, item.mean()));
			}
		}
		steps.sort(Comparator.comparingDouble(Maturity::weakness));
		Double raterMean = raterMean(c, raters);
		return new Evaluation.Result(c.key(), mean(scored), raterMean,
				raterMean == null ? null : Level.nearest(raterMean), List.copyOf(scored), List.copyOf(items),
				List.copyOf(steps));
	}

	/** Weakest first: no data counts as level 1, an item by its mean. */
	private static double weakness(Evaluation.Recommendation r) {
		if (r.mean() != null) {
			return r.mean();
		}
		return r.level() == null ? 1 : r.level().number();
	}

	private static @Nullable Level mean(List<Evaluation.Scored> scored) {
		double sum = 0;
		int n = 0;
		for (Evaluation.Scored s : scored) {
			if (s.level() != null) {
				sum += s.level().number();
				n++;
			}
		}
		return n == 0 ? null : Level.nearest(sum / n);
	}

	static Evaluation.Item item(String key, List<RaterAnswers> raters) {
		Map<UUID, Integer> byRater = new LinkedHashMap<>();
		for (RaterAnswers r : raters) {
			Integer rating = r.ratings().get(key);
			if (rating != null) {
				byRater.put(r.rater(), rating);
			}
		}
		if (byRater.isEmpty()) {
			return new Evaluation.Item(key, Map.of(), null, 0);
		}
		int low = byRater.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
		int high = byRater.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
		double mean = byRater.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
		return new Evaluation.Item(key, byRater, mean, high - low);
	}

	/** The mean over raters of each rater's mean over the competency's items they answered; null: nobody did. */
	static @Nullable Double raterMean(Rubric.Competency c, List<RaterAnswers> raters) {
		double sum = 0;
		int n = 0;
		for (RaterAnswers r : raters) {
			double own = 0;
			int answered = 0;
			for (Rubric.Item i : c.items()) {
				Integer rating = r.ratings().get(i.key());
				if (rating != null) {
					own += rating;
					answered++;
				}
			}
			if (answered > 0) {
				sum += own / answered;
				n++;
			}
		}
		return n == 0 ? null : sum / n;
	}

	private static @Nullable Level overall(List<Evaluation.Result> results, boolean evidence) {
		double sum = 0;
		int n = 0;
		for (Evaluation.Result r : results) {
			Level level = evidence ? r.evidenceLevel() : r.raterLevel();
			if (level != null) {
				sum += level.number();
				n++;
			}
		}
		return n == 0 ? null : Level.nearest(sum / n);
	}
}
