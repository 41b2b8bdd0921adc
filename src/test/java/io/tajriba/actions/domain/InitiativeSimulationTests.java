package io.tajriba.actions.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The difference in differences and the power plan on simulated initiatives with seeded randomness: one treated
 * unit and two controls, each with its own level, a trend common to all, random weekly volumes of 5-40 answers,
 * 8 weeks before launch and 8 after. Without an effect the 95% interval must hold 0 about 95% of the time; with
 * one the mean estimate must find it; at the weeks the plan asks for, about 80% of initiatives must find it.
 */
class InitiativeSimulationTests {

	static final int RUNS = 2000;

	static final int WEEKS = 8;

	/** How a week's answers are drawn for a metric at an expected value. */
	interface Draw {

		Moments week(SplittableRandom random, int n, double expected);
	}

	/** CSAT: each answer 100 with probability expected/100, else 0. */
	static final Draw CSAT = (random, n, expected) -> {
		int yes = 0;
		for (int i = 0; i < n; i++) {
			yes += random.nextDouble() * 100 < expected ? 1 : 0;
		}
		return Moments.of(100, yes).plus(Moments.of(0, n - yes));
	};

	/** NPS: 30% passives, promoters and detractors split so that their difference is the expected NPS. */
	static final Draw NPS = (random, n, expected) -> {
		double promoters = (0.7 + expected / 100) / 2;
		double detractors = (0.7 - expected / 100) / 2;
		long[] counts = new long[3];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble();
			counts[u < promoters ? 0 : u < promoters + detractors ? 2 : 1]++;
		}
		return Moments.of(100, counts[0]).plus(Moments.of(0, counts[1])).plus(Moments.of(-100, counts[2]));
	};

	/** What many simulated initiatives gave: the share whose interval held the true effect, the mean estimate. */
	record Outcome(double coverage, double meanEstimate, double significant) {
	}

	@Test
	void withoutAnEffectTheIntervalHoldsZeroNinetyFivePercentOfTheTime() {
		Outcome csat = simulate(CSAT, 55, 80, 0, true, 20261202);
		Outcome nps = simulate(NPS, 0, 40, 0, false, 20261203);
		System.out.printf("No effect, %d initiatives: CSAT coverage %.1f%% (mean %.2f), NPS coverage %.1f%% (mean %.2f)%n",
				RUNS, 100 * csat.coverage(), csat.meanEstimate(), 100 * nps.coverage(), nps.meanEstimate());
		assertThat(csat.coverage()).isBetween(0.93, 0.97);
		assertThat(nps.coverage()).isBetween(0.93, 0.97);
		assertThat(csat.meanEstimate()).isBetween(-1.0, 1.0);
		assertThat(nps.meanEstimate()).isBetween(-1.0, 1.0);
	}

	@Test
	void aPlantedEffectIsFoundOnAverage() {
		Outcome csat = simulate(CSAT, 55, 80, 10, true, 20261204);
		Outcome nps = simulate(NPS, 0, 40, 10, false, 20261205);
		System.out.printf("Effect +10, %d initiatives: CSAT mean %.2f (coverage %.1f%%), NPS mean %.2f (coverage %.1f%%)%n",
				RUNS, csat.meanEstimate(), 100 * csat.coverage(), nps.meanEstimate(), 100 * nps.coverage());
		assertThat(csat.meanEstimate()).isBetween(9.0, 11.0);
		assertThat(nps.meanEstimate()).isBetween(9.0, 11.0);
		assertThat(csat.coverage()).isBetween(0.93, 0.97);
	}

	@Test
	void atThePlannedWeeksEightyPercentOfInitiativesFindTheEffect() {
		// CSAT 43% → 57% at the treated unit (the spread √(0.43·0.57) = 49.51 points on both sides of launch),
		// controls at 50% (50 points); 30 treated and 2 × 30 control answers a week, 8 baseline weeks
		double effect = 14;
		double sdTreated = 100 * Math.sqrt(0.43 * 0.57);
		PowerPlan plan = PowerCalculation.weeksNeeded(effect, sdTreated, 30, 50, 60, WEEKS, 104);
		assertThat(plan.weeks()).isNotNull();
		int weeks = plan.weeks();
		SplittableRandom random = new SplittableRandom(20261206);
		int significant = 0;
		for (int run = 0; run < RUNS; run++) {
			UnitAnswers treated = unit("web", CSAT, random, 43, 0, effect, WEEKS, weeks, () -> 30);
			List<UnitAnswers> controls = List.of(unit("store", CSAT, random, 50, 0, 0, WEEKS, weeks, () -> 30),
					unit("app", CSAT, random, 50, 0, 0, WEEKS, weeks, () -> 30));
			DiffInDiff did = DifferenceInDifferences.estimate(List.of(treated), controls, true);
			significant += did.pValue() < 0.05 ? 1 : 0;
		}
		double power = (double) significant / RUNS;
		System.out.printf("Power: %d weeks planned for +%.0f points, %.1f%% of %d initiatives significant%n", weeks,
				effect, 100 * power, RUNS);
		assertThat(power).isBetween(0.75, 0.86);
	}

	/**
	 * RUNS initiatives of one treated and two control units, levels uniform in [low, high), a common trend of
	 * −1 to +1 points a week, the effect added at the treated unit after launch.
	 */
	static Outcome simulate(Draw draw, double low, double high, double effect, boolean proportion, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int covered = 0;
		int significant = 0;
		double sum = 0;
		for (int run = 0; run < RUNS; run++) {
			double slope = random.nextDouble(-1, 1);
			Volume volume = () -> random.nextInt(5, 41);
			UnitAnswers treated = unit("web", draw, random, random.nextDouble(low, high), slope, effect, WEEKS, WEEKS,
					volume);
			List<UnitAnswers> controls = List.of(
					unit("store", draw, random, random.nextDouble(low, high), slope, 0, WEEKS, WEEKS, volume),
					unit("app", draw, random, random.nextDouble(low, high), slope, 0, WEEKS, WEEKS, volume));
			DiffInDiff did = DifferenceInDifferences.estimate(List.of(treated), controls, proportion);
			assertThat(DifferenceInDifferencesTests.finite(did)).isTrue();
			covered += did.ci95()[0] <= effect && effect <= did.ci95()[1] ? 1 : 0;
			significant += did.pValue() < 0.05 ? 1 : 0;
			sum += did.value();
		}
		return new Outcome((double) covered / RUNS, sum / RUNS, (double) significant / RUNS);
	}

	/** Answers a week. */
	interface Volume {

		int next();
	}

	/** A unit at level + slope·week, plus the effect from launch on. */
	static UnitAnswers unit(String name, Draw draw, SplittableRandom random, double level, double slope,
			double effect, int before, int after, Volume volume) {
		List<Moments> baseline = new ArrayList<>();
		List<Moments> since = new ArrayList<>();
		for (int week = 0; week < before + after; week++) {
			double expected = level + slope * week + (week < before ? 0 : effect);
			(week < before ? baseline : since).add(draw.week(random, volume.next(), expected));
		}
		return new UnitAnswers(name, baseline, since);
	}
}
