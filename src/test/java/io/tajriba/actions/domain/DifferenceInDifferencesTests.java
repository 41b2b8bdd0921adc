package io.tajriba.actions.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The difference in differences by fixed unit weights and the delta method, against hand-computed cases. */
class DifferenceInDifferencesTests {

	/** Answers given in one week. */
	static Moments answers(double... values) {
		Moments moments = Moments.EMPTY;
		for (double value : values) {
			moments = moments.plus(Moments.of(value, 1));
		}
		return moments;
	}

	static UnitAnswers unit(String name, Moments before, Moments after) {
		return new UnitAnswers(name, List.of(before), List.of(after));
	}

	static UnitAnswers share(String name, int yesBefore, int nBefore, int yesAfter, int nAfter) {
		return unit(name, Moments.of(100, yesBefore).plus(Moments.of(0, nBefore - yesBefore)),
				Moments.of(100, yesAfter).plus(Moments.of(0, nAfter - yesAfter)));
	}

	@Test
	void unitsWeighByThePrecisionOfTheirChangeAndTheVarianceByTheDeltaMethod() {
		// A: before {2, 4} (mean 3, s² 2), after {4, 6, 8} (6, 4); h = 2·3/5 = 1.2
		// B: before {1, 2, 3} (2, 1), after {3, 3, 4, 4, 5, 5} (4, 0.8); h = 3·6/9 = 2 → w 0.375, 0.625
		// treated change 0.375·3 + 0.625·2 = 2.375; control C {3, 5} → {4, 6}: change 1; D has one answer after
		UnitAnswers a = unit("A", answers(2, 4), answers(4, 6, 8));
		UnitAnswers b = unit("B", answers(1, 2, 3), answers(3, 3, 4, 4, 5, 5));
		UnitAnswers c = unit("C", answers(3, 5), answers(4, 6));
		UnitAnswers d = unit("D", answers(1, 2), answers(3));
		DiffInDiff did = DifferenceInDifferences.estimate(List.of(a, b), List.of(c, d), false);
		assertThat(did).isNotNull();
		assertThat(did.method()).isEqualTo(DiffInDiff.DID);
		assertThat(did.value()).isCloseTo(1.375, within(1e-12));
		// v = w²s²/n: A 0.140625·2/2 = 0.140625, 0.140625·4/3 = 0.1875; B 0.390625/3 = 0.130208, 0.390625·0.8/6
		// = 0.052083; C 2/2 = 1 and 1: Σv = 2.510417, se 1.584429
		assertThat(did.standardError()).isCloseTo(Math.sqrt(2.5104166667), within(1e-9));
		// Σv²/(n−1) = 0.019775 + 0.017578 + 0.008477 + 0.000543 + 1 + 1 = 2.046373: df = 2.510417²/2.046373
		assertThat(did.degreesOfFreedom()).isCloseTo(3.0796885, within(1e-6));
		// t(0.975, 3.0797) = 3.136364: 1.375 ± 4.969348
		assertThat(did.ci95()).containsExactly(new double[] { -3.594348, 6.344348 }, within(1e-5));
		assertThat(did.pValue()).isCloseTo(0.447834, within(1e-5));
		assertThat(did.unitsLeftOut()).containsExactly("D");
		assertThat(did.control().units()).containsExactly("C");
		// the group means use the same weights: before 0.375·3 + 0.625·2, after 0.375·6 + 0.625·4; n all answers
		Summary before = did.treated().before();
		assertThat(before.value()).isCloseTo(2.375, within(1e-12));
		assertThat(before.n()).isEqualTo(5);
		assertThat(did.treated().after().value()).isCloseTo(4.75, within(1e-12));
		assertThat(did.treated().after().n()).isEqualTo(9);
		// before: Σv = 0.270833, df = 0.270833²/(0.019775 + 0.008477) = 2.596255, t = 3.345 → [0.563120, 4.186880]
		assertThat(before.ci95()).containsExactly(new double[] { 0.563120, 4.186880 }, within(1e-5));
		assertThat(did.control().before().value()).isEqualTo(4);
	}

	@Test
	void aUnitWhoseVolumeShiftsDoesNotMoveTheGroupByComposition() {
		// two units that do not change at all, 40% and 80%; the better one answers far more after launch.
		// Pooling would say 40·50/100 + 80·50/100 = 60 → 40·10/100 + 80·90/100 = 76; the fixed weights say 0.
		UnitAnswers low = share("store", 20, 50, 4, 10);
		UnitAnswers high = share("web", 40, 50, 72, 90);
		DiffInDiff did = DifferenceInDifferences.estimate(List.of(low, high), List.of(), true);
		assertThat(did.value()).isCloseTo(0, within(1e-12));
		assertThat(did.method()).isEqualTo(DiffInDiff.BEFORE_AFTER);
		assertThat(did.control()).isNull();
		// h: 50·10/60 = 8.333, 50·90/140 = 32.143 → w 0.205882, 0.794118 on both sides
		assertThat(did.treated().before().value()).isCloseTo(40 * 0.2058824 + 80 * 0.7941176, within(1e-4));
		assertThat(did.treated().after().value()).isEqualTo(did.treated().before().value(), within(1e-12));
	}

	@Test
	void aShareUsesTheSameFormulaAndOneUnitsSummaryIsItsWilsonInterval() {
		// treated 4/10 → 7/10, control 5/10 → 6/10: 30 − 10 = 20
		// s²/n = p(1−p)·n/(n−1)·10⁴/n: 266.667, 233.333, 277.778, 266.667; Σ 1044.444, se 32.318
		// df = 1044.444²/(Σv²/9) = 35.853922, t = 2.027656 → 20 ± 65.552943
		DiffInDiff did = DifferenceInDifferences.estimate(List.of(share("web", 4, 10, 7, 10)),
				List.of(share("store", 5, 10, 6, 10)), true);
		assertThat(did.value()).isCloseTo(20, within(1e-12));
		assertThat(did.standardError()).isCloseTo(Math.sqrt(1044.4444444), within(1e-6));
		assertThat(did.degreesOfFreedom()).isCloseTo(35.853922, within(1e-5));
		assertThat(did.ci95()).containsExactly(new double[] { -45.552943, 85.552943 }, within(1e-5));
		assertThat(did.pValue()).isCloseTo(0.539926, within(1e-5));
		// Wilson of 4/10 = [16.818, 68.733]: the group of one unit has exactly that
		Summary before = did.treated().before();
		assertThat(before.value()).isCloseTo(40, within(1e-12));
		assertThat(before.ci95()).containsExactly(new double[] { 16.818033, 68.732623 }, within(1e-5));
		assertThat(before.ci95()).containsExactly(share("web", 4, 10, 7, 10).totalBefore().summary(true).ci95());
	}

	@Test
	void withoutAnySpreadTheIntervalCollapsesToTheValue() {
		// 0 of 5 → 5 of 5: +100 for certain, p 0; df Σ(n−1) = 4 + 4
		DiffInDiff all = DifferenceInDifferences.estimate(List.of(share("web", 0, 5, 5, 5)), List.of(), true);
		assertThat(all.value()).isEqualTo(100);
		assertThat(all.ci95()).containsExactly(100, 100);
		assertThat(all.standardError()).isZero();
		assertThat(all.pValue()).isZero();
		assertThat(all.degreesOfFreedom()).isEqualTo(8);
		assertThat(all.treated().before().ci95()[1]).isGreaterThan(0);
		DiffInDiff none = DifferenceInDifferences.estimate(List.of(share("web", 5, 5, 5, 5)),
				List.of(share("app", 3, 3, 2, 2)), true);
		assertThat(none.value()).isZero();
		assertThat(none.pValue()).isEqualTo(1);
		assertThat(none.ci95()).containsExactly(0, 0);
		DiffInDiff ces = DifferenceInDifferences.estimate(List.of(unit("chat", answers(4, 4), answers(6, 6, 6))),
				List.of(), false);
		assertThat(ces.treated().after().ci95()).containsExactly(6, 6);
		assertThat(ces.value()).isEqualTo(2);
	}

	@Test
	void unitsWithTooFewAnswersAreLeftOutAndNoEstimateWithoutEnough() {
		UnitAnswers silent = new UnitAnswers("silent", List.of(Moments.EMPTY, Moments.EMPTY), List.of());
		UnitAnswers one = unit("one", answers(1, 2), answers(3));
		UnitAnswers fine = unit("fine", answers(1, 2), answers(3, 4));
		assertThat(DifferenceInDifferences.estimate(List.of(), List.of(), false)).isNull();
		assertThat(DifferenceInDifferences.estimate(List.of(silent, one), List.of(), false)).isNull();
		assertThat(DifferenceInDifferences.estimate(List.of(fine), List.of(silent, one), false)).isNull();
		assertThat(DifferenceInDifferences.estimate(List.of(silent), List.of(fine), false)).isNull();
		DiffInDiff did = DifferenceInDifferences.estimate(List.of(fine, silent), List.of(one, fine), false);
		assertThat(did.unitsLeftOut()).containsExactly("silent", "one");
		assertThat(did.treated().units()).containsExactly("fine");
		assertThat(did.value()).isZero();
		assertThat(finite(did)).isTrue();
	}

	@Test
	void weeksAddUpAndEmptyWeeksCountForNothing() {
		UnitAnswers weekly = new UnitAnswers("web", List.of(answers(2), Moments.EMPTY, answers(4)),
				List.of(answers(4, 6), answers(8)));
		assertThat(weekly.totalBefore()).isEqualTo(answers(2, 4));
		assertThat(weekly.totalAfter()).isEqualTo(answers(4, 6, 8));
		DiffInDiff did = DifferenceInDifferences.estimate(List.of(weekly), List.of(), false);
		assertThat(did.value()).isCloseTo(3, within(1e-12));
		assertThat(finite(did)).isTrue();
	}

	/** Every number that goes out as JSON is finite. */
	static boolean finite(DiffInDiff did) {
		List<Summary> summaries = did.control() == null ? List.of(did.treated().before(), did.treated().after())
				: List.of(did.treated().before(), did.treated().after(), did.control().before(), did.control().after());
		boolean summariesFinite = summaries.stream()
			.allMatch(s -> Double.isFinite(s.value()) && Double.isFinite(s.ci95()[0]) && Double.isFinite(s.ci95()[1]));
		return summariesFinite && Double.isFinite(did.value()) && Double.isFinite(did.ci95()[0])
				&& Double.isFinite(did.ci95()[1]) && Double.isFinite(did.standardError())
				&& Double.isFinite(did.degreesOfFreedom()) && Double.isFinite(did.pValue());
	}
}
