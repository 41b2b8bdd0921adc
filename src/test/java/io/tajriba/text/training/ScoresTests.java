package io.tajriba.text.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoresTests {

	@Test
	void macroF1AveragesTheLabelsTheGoldDataHolds() {
		var scores = new Scores();
		scores.add("positive", "positive");
		scores.add("positive", "neutral");
		scores.add("negative", "negative");
		scores.add("negative", "positive");
		// positive: gold 2, predicted 2, both 1 → 0.5; negative: gold 2, predicted 1, both 1 → 2/3; neutral has no gold
		assertThat(scores.macroF1()).isCloseTo((0.5 + 2.0 / 3) / 2, within(1e-9));
		assertThat(scores.f1("negative")).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(scores.f1("neutral")).isNaN();
		assertThat(Scores.percent(scores.f1("neutral"))).isEqualTo("–");
	}
}
