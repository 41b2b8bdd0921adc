package io.tajriba.actions.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Control units for an initiative, chosen from the baseline alone (before any effect could show): the units whose
 * level and trend were nearest the treated units', each measured in standard deviations of the candidates so that
 * points of level and points per week weigh alike. Alike in level they are comparable; alike in trend they make
 * the difference in differences' parallel-trends assumption plausible.
 * <p>
 * Units treated are never candidates, a candidate needs at least one baseline answer to have a level whatever
 * minimumAnswers says, and candidates at the same distance keep their given order.
 */
public final class ControlSuggestions {

	private ControlSuggestions() {
	}

	/**
	 * Candidates with at least minimumAnswers answers over the baseline, ranked by
	 * |level − treatedLevel|/sdLevels + |trend − treatedTrend|/sdTrends (sd over the eligible candidates; 1 when 0
	 * or fewer than 2), the first howMany. Treated level/trend from the treated units' pooled baseline answers.
	 * regressionToMeanRisk: the treated level is below every eligible candidate's level (picked for being the
	 * worst) and the nearest suggested control's level differs from it by more than 1.96·√(se_T²+se_C²) — or no
	 * candidate is eligible at all while the treated level is the lowest. Only the `before` lists are read.
	 * <p>
	 * "Nearest" is nearest in level: the risk is that no suggestion starts where the treated units start. A
	 * standard error needs two answers: with one on either side the risk is not claimed. With no eligible
	 * candidate, "the lowest" means below every candidate with a baseline answer, and needs at least one.
	 */
	public static ControlSuggestion suggest(List<UnitAnswers> treated, List<UnitAnswers> candidates, int howMany,
			long minimumAnswers) {
		List<Moments> treatedWeeks = UnitAnswers.pooledBefore(treated);
		Moments treatedTotal = total(treatedWeeks);
		if (treatedTotal.n() == 0) {
			return new ControlSuggestion(Double.NaN, 0, List.of(), false);
		}
		Profile own = new Profile("", treatedTotal, trend(treatedWeeks));
		Set<String> treatedUnits = new HashSet<>();
		treated.forEach(unit -> treatedUnits.add(unit.unit()));
		List<Profile> answered = new ArrayList<>();
		for (UnitAnswers candidate : candidates) {
			if (!treatedUnits.contains(candidate.unit()) && candidate.totalBefore().n() > 0) {
				answered.add(new Profile(candidate.unit(), candidate.totalBefore(), trend(candidate.before())));
			}
		}
		List<Profile> eligible = answered.stream().filter(p -> p.answers.n() >= minimumAnswers).toList();
		List<Profile> ranked = rank(own, eligible);
		List<Profile> chosen = ranked.subList(0, Math.max(0, Math.min(howMany, ranked.size())));
		boolean risk = eligible.isEmpty() ? !answered.isEmpty() && lowest(own, answered)
				: lowest(own, eligible) && farFromAll(own, chosen.isEmpty() ? eligible : chosen);
		double[] spreads = spreads(eligible);
		List<ControlSuggestion.Candidate> controls = chosen.stream()
			.map(p -> new ControlSuggestion.Candidate(p.unit, p.level(), p.trend, p.answers.n(),
					distance(own, p, spreads)))
			.toList();
		return new ControlSuggestion(own.level(), own.trend, controls, risk);
	}

	private static List<Profile> rank(Profile own, List<Profile> eligible) {
		double[] spreads = spreads(eligible);
		List<Profile> ranked = new ArrayList<>(eligible);
		ranked.sort(Comparator.comparingDouble(p -> distance(own, p, spreads)));
		return ranked;
	}

	/** {sd of the levels, sd of the trends}, each 1 when 0 or from fewer than two candidates. */
	private static double[] spreads(List<Profile> eligible) {
		double[] levels = eligible.stream().mapToDouble(Profile::level).toArray();
		double[] trends = eligible.stream().mapToDouble(p -> p.trend).toArray();
		return new double[] { spread(levels), spread(trends) };
	}

	private static double spread(double[] values) {
		double sd = values.length < 2 ? 0 : Math.sqrt(StatUtils.variance(values));
		return sd > 0 ? sd : 1;
	}

	private static double distance(Profile own, Profile candidate, double[] spreads) {
		return Math.abs(candidate.level() - own.level()) / spreads[0]
				+ Math.abs(candidate.trend - own.trend) / spreads[1];
	}

	private static boolean lowest(Profile own, List<Profile> others) {
		return others.stream().allMatch(p -> own.level() < p.level());
	}

	/** Even the suggestion nearest in level lies above the treated level by more than 1.96 standard errors. */
	private static boolean farFromAll(Profile own, List<Profile> suggested) {
		return suggested.stream()
			.allMatch(p -> p.level() - own.level() > Intervals.Z * Math.sqrt(own.squaredError() + p.squaredError()));
	}

	/** The least-squares slope of the weekly means on the week index, weighted by n; 0 below two weeks answered. */
	static double trend(List<Moments> weeks) {
		int answered = (int) weeks.stream().filter(week -> week.n() > 0).count();
		if (answered < 2) {
			return 0;
		}
		double[] x = new double[answered];
		double[] y = new double[answered];
		double[] w = new double[answered];
		int k = 0;
		for (int i = 0; i < weeks.size(); i++) {
			if (weeks.get(i).n() > 0) {
				x[k] = i;
				y[k] = weeks.get(i).mean();
				w[k++] = weeks.get(i).n();
			}
		}
		return WeightedLine.fit(x, y, w).slope();
	}

	private static Moments total(List<Moments> weeks) {
		return weeks.stream().reduce(Moments.EMPTY, Moments::plus);
	}

	/** A unit's baseline: its answers and their trend. */
	private record Profile(String unit, Moments answers, double trend) {

		double level() {
			return answers.mean();
		}

		/** se², NaN below two answers (then no comparison holds). */
		double squaredError() {
			return answers.variance() / answers.n();
		}
	}
}
