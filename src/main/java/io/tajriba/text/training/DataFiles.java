package io.tajriba.text.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.tajriba.text.domain.Sentiment;
import io.tajriba.text.domain.TextLanguage;

/**
 * The labelled data sets (UTF-8 TSV: {@code lang text label source}, with a header) and their licences. Only
 * files whose licence allows shipping a model trained on them (MIT, Apache-2.0, CC BY 4.0, or public without
 * a stated licence) train the shipped models; the others only evaluate them, as out-of-domain checks.
 */
final class DataFiles {

	/** File name (without .tsv) to licence, as the data sets' README gives them. */
	static final Map<String, String> LICENCES = Map.ofEntries(Map.entry("snappfood", "unknown"),
			Map.entry("digikala_recommend", "unknown"), Map.entry("sentipers", "unknown"),
			Map.entry("parsinlu_food", "CC BY-NC-SA 4.0"), Map.entry("parsinlu_movie", "CC BY-NC-SA 4.0"),
			Map.entry("elsahar_res", "unknown"), Map.entry("elsahar_prod", "unknown"),
			Map.entry("elsahar_att", "unknown"), Map.entry("saudi_tourism_reviews", "MIT"),
			Map.entry("arsarcasm_v2", "MIT"), Map.entry("astd", "GPL-2.0"),
			Map.entry("hebrew_sentiment_amram", "MIT"), Map.entry("hebert_sentiment", "MIT"),
			Map.entry("twitter_us_airline", "CC BY-NC-SA 4.0"), Map.entry("amazon_alexa_reviews", "unknown"),
			Map.entry("uci_sentiment_sentences", "CC BY 4.0"), Map.entry("tweeteval_sentiment", "SemEval-2017 terms"),
			Map.entry("sst2_sentences", "unknown"), Map.entry("armanemo", "CC BY-NC-SA 4.0"),
			Map.entry("emotone_ar", "unknown"), Map.entry("semeval2018_ec_ar", "SemEval research use"),
			Map.entry("hebert_emotion", "MIT"), Map.entry("goemotions", "Apache-2.0"),
			Map.entry("semeval2018_ec_en", "SemEval research use"), Map.entry("tweeteval_emotion", "SemEval-2018 terms"));

	private static final List<String> SHIPPABLE = List.of("MIT", "Apache-2.0", "CC BY 4.0", "unknown");

	private DataFiles() {
	}

	static String name(Path file) {
		var name = file.getFileName().toString();
		return name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
	}

	static String licence(String name) {
		return LICENCES.getOrDefault(name, "not listed");
	}

	static boolean shippable(String name) {
		return SHIPPABLE.contains(licence(name));
	}

	static List<Path> files(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (var files = Files.list(directory)) {
			return files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
		}
	}

	static List<Example> read(Path file) throws IOException {
		var examples = new ArrayList<Example>();
		var name = name(file);
		var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 1; i < lines.size(); i++) {
			var fields = lines.get(i).split("\t", -1);
			if (fields.length < 3 || fields[1].isBlank()) {
				continue;
			}
			var language = TextLanguage.of(fields[0]);
			if (language.isPresent()) {
				examples.add(new Example(language.get(), fields[1], fields[2].strip(), name, false));
			}
		}
		boolean emotion = examples.stream().anyMatch(e -> Sentiment.of(e.label()).isEmpty());
		return emotion ? examples.stream().map(e -> new Example(e.language(), e.text(), e.label(), name, true)).toList()
				: examples;
	}

	/** A seeded split of one file: the held-out share never trains nor tunes anything. */
	record Split(List<Example> train, List<Example> heldOut) {

		static Split of(List<Example> examples, double heldOutShare, long seed) {
			var shuffled = new ArrayList<>(examples);
			java.util.Collections.shuffle(shuffled, new Random(seed));
			int cut = (int) Math.round(shuffled.size() * heldOutShare);
			return new Split(List.copyOf(shuffled.subList(cut, shuffled.size())), List.copyOf(shuffled.subList(0, cut)));
		}
	}
}
