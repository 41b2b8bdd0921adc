package io.tajriba.actions.domain;

import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Sufficient statistics and the summaries drawn from them, against hand-computed cases. */
class MomentsTests {

	@Test
	void momentsAddUpAndGiveTheMeanAndSampleVariance() {
		// {3, 3, 5, 5}: n 4, sum 16, squares 68; mean 4, variance (68 − 16²/4)/3 = 4/3
		Moments answers = Moments.of(3, 2).plus(Moments.of(5, 2));
		assertThat(answers).isEqualTo(new Moments(4, 16, 68));
		assertThat(answers.mean()).isEqualTo(4);
		assertThat(answers.variance()).isCloseTo(4.0 / 3, within(1e-12));
		assertThat(Moments.EMPTY.plus(answers)).isEqualTo(answers);
	}

	@Test
	void aMeanHasItsTInterval() {
		// 4 ± t(0.975, 3)·√(4/3 / 4) = 4 ± 3.182446·0.577350 = 4 ± 1.837386
		Summary summary = Moments.of(3, 2).plus(Moments.of(5, 2)).summary(false);
		assertThat(summary.value()).isEqualTo(4);
		assertThat(summary.ci95()[0]).isCloseTo(4 - 1.837386, within(1e-6));
		assertThat(summary.ci95()[1]).isCloseTo(4 + 1.837386, within(1e-6));
		assertThat(summary.n()).isEqualTo(4);
	}

	@Test
	void aProportionHasWilsonsInterval() {
		// 8 of 10: (0.8 + 1.96²/20 ± 1.96·√(0.016 + 1.96²/400)) / (1 + 1.96²/10) = [0.490162, 0.943318]
		Summary eight = Moments.of(100, 8).plus(Moments.of(0, 2)).summary(true);
		assertThat(eight.value()).isCloseTo(80, within(1e-12));
		assertThat(eight.ci95()[0]).isCloseTo(49.0162, within(1e-4));
		assertThat(eight.ci95()[1]).isCloseTo(94.3318, within(1e-4));
		// 0 of 10: [0, z²/(n + z²)] = [0, 0.277533]; the interval still has width where the t interval would not
		Summary none = Moments.of(0, 10).summary(true);
		assertThat(none.ci95()).containsExactly(new double[] { 0, 27.7533 }, within(1e-4));
		// and the formula agrees with the library's
		var library = new WilsonScoreInterval().createInterval(37, 11, 0.95);
		Summary eleven = Moments.of(100, 11).plus(Moments.of(0, 26)).summary(true);
		assertThat(eleven.ci95()[0]).isCloseTo(library.getLowerBound() * 100, within(1e-9));
		assertThat(eleven.ci95()[1]).isCloseTo(library.getUpperBound() * 100, within(1e-9));
	}

	@Test
	void equalAnswersHaveNoSpreadDespiteRounding() {
		assertThat(Moments.of(7, 5).variance()).isZero();
		// 0.1·3 and 0.01·3 do not cancel exactly in binary: the residue is rounding, not spread
		assertThat(Moments.of(0.1, 3).plus(Moments.of(0.1, 4)).variance()).isZero();
		Summary same = Moments.of(7, 5).summary(false);
		assertThat(same.ci95()).containsExactly(7, 7);
		Summary all = Moments.of(100, 5).summary(true);
		assertThat(all.ci95()[1]).isEqualTo(100);
		assertThat(all.ci95()[0]).isCloseTo(100 * 5 / (5 + 1.959964 * 1.959964), within(1e-4));
	}

	@Test
	void withoutAnswersThereIsNoFigureAndOneAnswerHasNoSpread() {
		// NaN here is documented: nothing to compute from
		assertThat(Moments.EMPTY.mean()).isNaN();
		assertThat(Moments.EMPTY.variance()).isNaN();
		assertThat(Moments.EMPTY.summary(true).value()).isNaN();
		assertThat(Moments.EMPTY.summary(false).n()).isZero();
		Moments one = Moments.of(4, 1);
		assertThat(one.variance()).isNaN();
		assertThat(one.summary(false).value()).isEqualTo(4);
		assertThat(one.summary(false).ci95()[0]).isNaN();
		// a share of one answer has Wilson's interval: 1 of 1 = [1/(1 + z²), 1] = [20.6549%, 100%]
		assertThat(Moments.of(100, 1).summary(true).ci95()).containsExactly(new double[] { 20.6549, 100 },
				within(1e-4));
	}

	@Test
	void badMomentsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Moments(-1, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Moments.of(Double.NaN, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> new Moments(2, 1, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Summary(1, new double[] { 1 }, 1));
	}
}
