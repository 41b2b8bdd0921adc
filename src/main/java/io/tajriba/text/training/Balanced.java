package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A balanced sample of labelled texts: within each source file, as many texts of each label as its rarest
 * label has, drawn with a fixed seed. Customers' feedback is not distributed as any one data set is, so a
 * figure on the natural distribution rewards a model for answering a file's majority label; on a balanced
 * sample every label counts alike, neutral included.
 */
final class Balanced {

	private Balanced() {
	}

	static List<Example> sample(List<Example> examples, long seed) {
		var byFile = new TreeMap<String, Map<String, List<Example>>>();
		for (var example : examples) {
			byFile.computeIfAbsent(example.file(), f -> new TreeMap<>())
				.computeIfAbsent(example.label(), l -> new ArrayList<>())
				.add(example);
		}
		var sample = new ArrayList<Example>();
		byFile.forEach((file, byLabel) -> {
			int each = byLabel.values().stream().mapToInt(List::size).min().orElse(0);
			var random = new Random(seed ^ file.hashCode());
			byLabel.values().forEach(texts -> {
				var shuffled = new ArrayList<>(texts);
				Collections.shuffle(shuffled, random);
				sample.addAll(shuffled.subList(0, each));
			});
		});
		return sample;
	}
}
