package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tajriba.text.domain.TextLanguage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalancedTests {

	private static List<Example> file(String name, int negative, int neutral, int positive) {
		var examples = new ArrayList<Example>();
		for (int i = 0; i < negative; i++) {
			examples.add(new Example(TextLanguage.EN, name + " bad " + i, "negative", name, false));
		}
		for (int i = 0; i < neutral; i++) {
			examples.add(new Example(TextLanguage.EN, name + " so so " + i, "neutral", name, false));
		}
		for (int i = 0; i < positive; i++) {
			examples.add(new Example(TextLanguage.EN, name + " good " + i, "positive", name, false));
		}
		return examples;
	}

	@Test
	void everyLabelOfAFileCountsAsOftenAsItsRarest() {
		var examples = new ArrayList<Example>();
		examples.addAll(file("reviews", 5, 2, 40));
		examples.addAll(file("tweets", 30, 0, 9));
		var sample = Balanced.sample(examples, 7);
		var counts = sample.stream()
			.collect(Collectors.groupingBy(e -> e.file() + " " + e.label(), Collectors.counting()));
		assertThat(counts).containsOnly(java.util.Map.entry("reviews negative", 2L),
				java.util.Map.entry("reviews neutral", 2L), java.util.Map.entry("reviews positive", 2L),
				java.util.Map.entry("tweets negative", 9L), java.util.Map.entry("tweets positive", 9L));
		assertThat(examples).containsAll(sample);
	}

	@Test
	void theSameSeedDrawsTheSameSample() {
		var examples = file("reviews", 10, 3, 50);
		Function<Long, List<String>> texts = seed -> Balanced.sample(examples, seed).stream().map(Example::text).toList();
		assertThat(texts.apply(7L)).isEqualTo(texts.apply(7L));
		assertThat(texts.apply(7L)).isNotEqualTo(texts.apply(8L));
	}
}
