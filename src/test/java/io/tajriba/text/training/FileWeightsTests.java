package io.tajriba.text.training;

import java.util.ArrayList;

import io.tajriba.text.domain.TextLanguage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileWeightsTests {

	@Test
	void smallerFilesAreRepeatedTowardsTheLargestUpToTheCap() {
		var examples = new ArrayList<Example>();
		for (int i = 0; i < 12; i++) {
			examples.add(new Example(TextLanguage.FA, "large " + i, "positive", "large", false));
		}
		for (int i = 0; i < 4; i++) {
			examples.add(new Example(TextLanguage.FA, "middle " + i, "neutral", "middle", false));
		}
		examples.add(new Example(TextLanguage.FA, "tiny", "negative", "tiny", false));
		var order = FileWeights.order(examples, 4);
		var counts = new int[examples.size()];
		for (int i : order) {
			counts[i]++;
		}
		assertThat(counts[0]).isEqualTo(1); // the largest file as it is
		assertThat(counts[12]).isEqualTo(3); // 12 / 4
		assertThat(counts[16]).isEqualTo(4); // 12 / 1, capped
		assertThat(FileWeights.order(examples, 1)).hasSize(examples.size());
		var targets = FileWeights.targets(new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2 }, order);
		assertThat(targets).hasSize(12 + 4 * 3 + 4);
		assertThat(java.util.Arrays.stream(targets).filter(t -> t == 2).count()).isEqualTo(4);
	}
}
