package io.tajriba.text.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UncertaintyTests {

	@Test
	void theMarginIsTheLabelsProbabilityLessTheRunnerUps() {
		// positive 0.5, neutral 0.2, negative 0.3: score 0.2
		assertThat(Uncertainty.margin(new Uncertainty.Reading(Sentiment.POSITIVE, 0.5, 0.2))).isCloseTo(0.2, within(1e-9));
		// positive 0.5, neutral 0.4, negative 0.1: score 0.4
		assertThat(Uncertainty.margin(new Uncertainty.Reading(Sentiment.POSITIVE, 0.5, 0.4))).isCloseTo(0.1, within(1e-9));
		// negative 0.6, neutral 0.1, positive 0.3: score -0.3
		assertThat(Uncertainty.margin(new Uncertainty.Reading(Sentiment.NEGATIVE, 0.6, -0.3))).isCloseTo(0.3, within(1e-9));
		// neutral 0.4, positive 0.35, negative 0.25: score 0.1
		assertThat(Uncertainty.margin(new Uncertainty.Reading(Sentiment.NEUTRAL, 0.4, 0.1))).isCloseTo(0.05, within(1e-9));
		// two labels only (Hebrew): positive 0.9, negative 0.1
		assertThat(Uncertainty.margin(new Uncertainty.Reading(Sentiment.POSITIVE, 0.9, 0.8))).isCloseTo(0.8, within(1e-9));
		assertThat(Uncertainty.margin(new Uncertainty.Reading(Sentiment.NEGATIVE, 1.0, -1.0))).isEqualTo(1.0);
	}

	@Test
	void theLeastSureComeFirstThenTheLessConfidentThenTheFirstGiven() {
		record Text(String name, Uncertainty.Reading reading) {
		}
		var sure = new Text("sure", new Uncertainty.Reading(Sentiment.POSITIVE, 0.95, 0.93));
		var torn = new Text("torn", new Uncertainty.Reading(Sentiment.POSITIVE, 0.45, 0.0));  // negative 0.45 too
		var doubtful = new Text("doubtful", new Uncertainty.Reading(Sentiment.NEGATIVE, 0.5, -0.2));  // margin 0.2
		var nearlyTorn = new Text("nearly torn", new Uncertainty.Reading(Sentiment.NEUTRAL, 0.34, 0.0));  // 0.01
		var tornAgain = new Text("torn again", new Uncertainty.Reading(Sentiment.POSITIVE, 0.45, 0.0));
		var tornThreeWays = new Text("torn three ways", new Uncertainty.Reading(Sentiment.POSITIVE, 0.4, 0.0));
		var ranked = Uncertainty.leastSure(List.of(sure, torn, doubtful, nearlyTorn, tornAgain, tornThreeWays),
				Text::reading, 5);
		assertThat(ranked).extracting(Text::name)
			.containsExactly("torn three ways", "torn", "torn again", "nearly torn", "doubtful");
		assertThat(Uncertainty.leastSure(List.of(sure), Text::reading, 0)).isEmpty();
	}
}
