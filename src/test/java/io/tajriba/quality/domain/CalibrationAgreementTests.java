package io.tajriba.quality.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tajriba.quality.domain.CalibrationAgreement.Result;
import io.tajriba.quality.domain.CalibrationAgreement.Scored;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A calibration panel's agreement on small cases worked out by hand, and on Krippendorff's published data. */
class CalibrationAgreementTests {

	static final Criterion GREET = new Criterion("greet", Scale.YES_NO, 1, false, false);
	static final Criterion SOLVE = new Criterion("solve", Scale.FIVE, 1, true, false);

	static Scored scored(String reviewer, String interaction, Integer greet, Integer solve) {
		Map<String, Integer> answers = new HashMap<>();
		answers.put("greet", greet);
		answers.put("solve", solve);
		return new Scored(reviewer, interaction, answers, ReviewScore.of(List.of(GREET, SOLVE), answers).score());
	}

	@Test
	void aPerfectlyAgreeingPanelHasAlphaOneAndNoDeviation() {
		List<Scored> scores = new ArrayList<>();
		int[][] answers = { { 1, 5 }, { 0, 2 }, { 1, 3 } };
		for (String reviewer : List.of("a", "b", "c")) {
			for (int i = 0; i < answers.length; i++) {
				scores.add(scored(reviewer, "i" + i, answers[i][0], answers[i][1]));
			}
		}
		Result result = CalibrationAgreement.of(List.of(GREET, SOLVE), List.of("a", "b", "c"), List.of("i0", "i1", "i2"),
				scores);
		assertThat(result.overall().alpha()).isEqualTo(1.0);
		assertThat(result.overall().n()).isEqualTo(18);
		assertThat(result.criteria()).allSatisfy(c -> {
			assertThat(c.alpha().alpha()).isEqualTo(1.0);
			assertThat(c.alpha().n()).isEqualTo(9);
			assertThat(c.alpha().flagged()).isFalse();
		});
		assertThat(result.score().alpha()).isEqualTo(1.0);
		assertThat(result.reviewers()).allSatisfy(d -> {
			assertThat(d.deviation()).isZero();
			assertThat(d.n()).isEqualTo(6);
		});
	}

	/**
	 * Two reviewers, two interactions. Reviewer a: greet 1, solve 5; greet 0, solve 2. Reviewer b: greet 1, solve 4;
	 * greet 1, solve 2.
	 */
	@Test
	void twoReviewersOnTwoInteractionsAsByHand() {
		List<Scored> scores = List.of(scored("a", "i1", 1, 5), scored("a", "i2", 0, 2), scored("b", "i1", 1, 4),
				scored("b", "i2", 1, 2));
		Result result = CalibrationAgreement.of(List.of(GREET, SOLVE), List.of("a", "b"), List.of("i1", "i2"), scores);
		// greet: values 1,1 | 0,1; coincidences o(1,1) = 2, o(0,1) = o(1,0) = 1, n0 = 1, n1 = 3; adjacent ordinal
		// distance ((1 + 3) / 2)^2 = 4: alpha = 1 - (4 - 1) * (2 * 4) / (2 * 1 * 3 * 4) = 0
		assertThat(result.criteria().get(0).alpha().alpha()).isCloseTo(0.0, within(1e-12));
		assertThat(result.criteria().get(0).alpha().flagged()).isTrue();
		// solve: values 5,4 | 2,2; n2 = 2, n4 = 1, n5 = 1; distances d(4,5) = 1, d(2,4) = 1.5^2, d(2,5) = 2.5^2;
		// observed 2 * 1 = 2, expected 2 * (2 * 2.25 + 2 * 6.25 + 1) = 36: alpha = 1 - 3 * 2 / 36 = 5/6
		assertThat(result.criteria().get(1).alpha().alpha()).isCloseTo(5.0 / 6, within(1e-12));
		assertThat(result.criteria().get(1).alpha().flagged()).isFalse();
		assertThat(result.criteria().get(1).alpha().n()).isEqualTo(4);
		// overall, interval on the normalised scores: units (1,1) (1,.75) (0,1) (.25,.25), n = 8; observed sum of
		// squared in-unit differences 2 * .0625 + 2 * 1 = 2.125; all pairs 2 * 8 * 4.6875 - 2 * 5.25^2 = 19.875:
		// alpha = 1 - (8 - 1) * 2.125 / 19.875 = 5 / 19.875
		assertThat(result.overall().alpha()).isCloseTo(5 / 19.875, within(1e-12));
		assertThat(result.overall().n()).isEqualTo(8);
		// review scores (equal weights): a 1, .125; b .875, .625; observed 2 * .015625 + 2 * .25 = .53125, all pairs
		// 2 * 4 * 2.171875 - 2 * 2.625^2 = 3.59375: alpha = 1 - 3 * .53125 / 3.59375 = 2 / 3.59375
		assertThat(result.score().alpha()).isCloseTo(2 / 3.59375, within(1e-12));
		// each one's consensus is the other: |1-1| + |1-.75| + |0-1| + |.25-.25| = 1.25 over 4
		assertThat(result.reviewers()).allSatisfy(d -> {
			assertThat(d.deviation()).isCloseTo(0.3125, within(1e-12));
			assertThat(d.n()).isEqualTo(4);
		});
	}

	@Test
	void eachReviewersDeviationIsFromTheMeanOfTheOthers() {
		// one interaction; solve a 5 (1), b 4 (.75), c 1 (0); greet a 1, b 1, c 0
		List<Scored> scores = List.of(scored("a", "i", 1, 5), scored("b", "i", 1, 4), scored("c", "i", 0, 1));
		Result result = CalibrationAgreement.of(List.of(GREET, SOLVE), List.of("a", "b", "c"), List.of("i"), scores);
		// a: |1 - .5| and |1 - .375|; b: |1 - .5| and |.75 - .5|; c: |0 - 1| and |0 - .875|
		assertThat(result.reviewers().get(0).deviation()).isCloseTo((0.5 + 0.625) / 2, within(1e-12));
		assertThat(result.reviewers().get(1).deviation()).isCloseTo((0.5 + 0.25) / 2, within(1e-12));
		assertThat(result.reviewers().get(2).deviation()).isCloseTo((1 + 0.875) / 2, within(1e-12));
		assertThat(result.reviewers()).allSatisfy(d -> {
			assertThat(d.n()).isEqualTo(2);
			assertThat(d.low()).isLessThanOrEqualTo(d.deviation());
			assertThat(d.high()).isGreaterThanOrEqualTo(d.deviation());
		});
		// the t interval of .5 and .625: mean .5625, sd .0883883, t(1) 12.7062 * sd / sqrt 2 = .794138
		assertThat(result.reviewers().get(0).low()).isZero();
		assertThat(result.reviewers().get(0).high()).isEqualTo(1.0);
		CalibrationAgreement.Deviation many = CalibrationAgreement.deviation("d", List.of(0.1, 0.2, 0.3, 0.2));
		// mean .2, sd sqrt(.02 / 3) = .0816497, t(3) 3.182446 * .0816497 / 2 = .1299223
		assertThat(many.low()).isCloseTo(0.2 - 0.1299223, within(1e-6));
		assertThat(many.high()).isCloseTo(0.2 + 0.1299223, within(1e-6));
	}

	@Test
	void krippendorffsPublishedDataAsOneFivePointCriterion() {
		// "Computing Krippendorff's Alpha-Reliability" (2011), section C: 4 observers, 12 units, 0 for missing
		List<Scored> scores = new ArrayList<>();
		List<String> observers = List.of("A", "B", "C", "D");
		List<String> units = new ArrayList<>();
		for (int u = 0; u < 12; u++) {
			units.add("u" + u);
			for (int o = 0; o < 4; o++) {
				int value = KrippendorffAlphaTests.OBSERVERS[o][u];
				if (value != 0) {
					scores.add(new Scored(observers.get(o), "u" + u, Map.of("solve", value), null));
				}
			}
		}
		Result result = CalibrationAgreement.of(List.of(SOLVE), observers, units, scores);
		assertThat(result.criteria().get(0).alpha().alpha()).isCloseTo(0.815, within(0.0005));
		// the pairable values: unit 12 has one value only, 41 values in all
		assertThat(result.criteria().get(0).alpha().n()).isEqualTo(40);
		// normalised (v - 1) / 4 on the interval metric: interval alpha does not change under a linear map
		assertThat(result.overall().alpha()).isCloseTo(0.849, within(0.0005));
		assertThat(result.score().alpha()).isNull();
		assertThat(result.score().reason()).isEqualTo(CalibrationAgreement.TOO_FEW_REVIEWERS);
	}

	@Test
	void alphaCannotBeComputedWithOneReviewerPerUnitOrWithoutVariation() {
		Result lonely = CalibrationAgreement.of(List.of(GREET, SOLVE), List.of("a", "b"), List.of("i1", "i2"),
				List.of(scored("a", "i1", 1, 3), scored("b", "i2", 0, 2)));
		assertThat(lonely.overall().alpha()).isNull();
		assertThat(lonely.overall().reason()).isEqualTo(CalibrationAgreement.TOO_FEW_REVIEWERS);
		assertThat(lonely.criteria().get(0).alpha().flagged()).isFalse();
		assertThat(lonely.reviewers().get(0).deviation()).isNull();
		assertThat(lonely.reviewers().get(0).n()).isZero();
		Result same = CalibrationAgreement.of(List.of(GREET, SOLVE), List.of("a", "b"), List.of("i1"),
				List.of(scored("a", "i1", 1, null), scored("b", "i1", 1, null)));
		assertThat(same.criteria().get(0).alpha().alpha()).isNull();
		assertThat(same.criteria().get(0).alpha().reason()).isEqualTo(CalibrationAgreement.NO_VARIATION);
		assertThat(same.criteria().get(0).alpha().n()).isEqualTo(2);
		// N/A is missing: nobody scored solve
		assertThat(same.criteria().get(1).alpha().reason()).isEqualTo(CalibrationAgreement.TOO_FEW_REVIEWERS);
		assertThat(same.criteria().get(1).alpha().n()).isZero();
	}
}
