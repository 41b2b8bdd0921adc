package io.tajriba.text.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;

import io.tajriba.text.domain.LanguageDetector;
import io.tajriba.text.domain.LinguaResolver;
import io.tajriba.text.domain.ShippedModels;
import io.tajriba.text.domain.TextAnalyzer;

/**
 * {@code ./tajriba text-eval FILE.tsv...}: the shipped models on labelled files of the data sets' format
 * ({@code lang text label source}): accuracy and macro-F1 of sentiment per language and per source file, F1 per
 * emotion for emotion files, and how often the language was detected right.
 */
public final class EvaluateText {

	private EvaluateText() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("usage: text-eval FILE.tsv [FILE.tsv...]");
			System.exit(2);
		}
		var examples = new ArrayList<Example>();
		for (var file : args) {
			examples.addAll(DataFiles.read(Path.of(file)));
		}
		var analyzer = new TextAnalyzer(new LanguageDetector(new LinguaResolver()), ShippedModels.load());
		var evaluation = new Evaluation(analyzer);
		evaluation.add(examples);
		if (!evaluation.sentimentByLanguage.isEmpty()) {
			System.out.println("Sentiment by language\n" + Table.sentiment("language", evaluation.sentimentByLanguage).markdown());
			System.out.println("Sentiment by source file\n" + Table.sentiment("file", evaluation.sentimentByFile).markdown());
		}
		if (!evaluation.emotions.isEmpty()) {
			System.out.println("Emotions\n" + Table.emotions(evaluation.emotions).markdown());
		}
		System.out.println("Language detection\n" + Table.detection(evaluation.detectionByLanguage).markdown());
	}
}
