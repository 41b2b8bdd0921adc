package io.tajriba.text.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DecisionOffsetsTests {

	private static final double[] NEGATIVE = { 2, 0, 0 };
	private static final double[] NEUTRAL = { 0, 0.45, 1 };
	private static final double[] POSITIVE = { 0, 0, 2 };

	@Test
	void aNeutralClassTheModelNeverAnswersGetsTheSmallestOffsetThatLetsItWin() {
		// neutral texts lean positive: without an offset the model never answers neutral
		var decisions = new double[][] { NEGATIVE, NEGATIVE, NEUTRAL, NEUTRAL, POSITIVE, POSITIVE };
		var gold = new int[] { 0, 0, 1, 1, 2, 2 };
		var offsets = new DecisionOffsets(decisions, gold, files(6, "reviews"), 3);
		assertThat(offsets.score(new double[3])).isCloseTo((1 + 0 + 2.0 / 3) / 3, within(1e-9));
		var best = offsets.best();
		assertThat(best.score()).isCloseTo(1, within(1e-9));
		assertThat(best.offsets()).containsExactly(new double[] { 0, 0.6, 0 }, within(1e-9));
	}

	@Test
	void everyLabelOfAFileWeighsAlikeAndEveryFileToo() {
		// one neutral text among many positive ones counts as much as all of them
		var decisions = new double[102][];
		var gold = new int[102];
		var files = files(102, "reviews");
		for (int i = 0; i < 100; i++) {
			decisions[i] = POSITIVE;
			gold[i] = 2;
		}
		decisions[100] = NEUTRAL;
		gold[100] = 1;
		decisions[101] = NEGATIVE;
		gold[101] = 0;
		var offsets = new DecisionOffsets(decisions, gold, files, 3);
		// all right but the neutral text: balanced, neutral F1 is 0 and positive's precision is one half
		assertThat(offsets.score(new double[3])).isCloseTo((1 + 0 + 2.0 / 3) / 3, within(1e-9));
		assertThat(offsets.best().score()).isCloseTo(1, within(1e-9));
	}

	@Test
	void aTwoLabelModelMovesItsThreshold() {
		// one output, positive for the first label (negative); the negative texts sit just below zero
		var decisions = new double[][] { { -0.3 }, { -0.2 }, { -1.5 }, { -2 } };
		var gold = new int[] { 0, 0, 1, 1 };
		var offsets = new DecisionOffsets(decisions, gold, files(4, "comments"), 2);
		var best = offsets.best();
		assertThat(best.score()).isCloseTo(1, within(1e-9));
		assertThat(best.offsets()[0]).isBetween(0.3, 1.5);
	}

	private static String[] files(int n, String name) {
		var files = new String[n];
		java.util.Arrays.fill(files, name);
		return files;
	}
}
