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
 * ({@code lang text label source}): accuracy and macro-F1 of sentiment per language and per source file, on the
 * files as they are and on a balanced sample, F1 per emotion for emotion files, and how often the language was
 * detected right. {@code ./tajriba text-eval --held-out [DATASETS_DIR]}: the same on the share of the data sets
 * that training holds out and on the evaluation-only sets, as the model card has them.
 */
public final class EvaluateText {

	private EvaluateText() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("usage: text-eval FILE.tsv [FILE.tsv...] | text-eval --held-out [DATASETS_DIR]");
			System.exit(2);
		}
		var analyzer = new TextAnalyzer(new LanguageDetector(new LinguaResolver()), ShippedModels.load());
		if (args[0].equals("--held-out")) {
			var shares = Shares.load(Path.of(args.length > 1 ? args[1] : "../shared/datasets"), TrainModels.SEED,
					new ModelCard(TrainModels.SEED));
			print("Held-out share", evaluate(analyzer, shares.heldOut()));
			print("Evaluation-only sets", evaluate(analyzer, shares.evaluationOnly()));
			return;
		}
		var examples = new ArrayList<Example>();
		for (var file : args) {
			examples.addAll(DataFiles.read(Path.of(file)));
		}
		print("Labelled files", evaluate(analyzer, examples));
	}

	private static Evaluation evaluate(TextAnalyzer analyzer, java.util.List<Example> examples) {
		var evaluation = new Evaluation(analyzer, TrainModels.SEED);
		evaluation.add(examples);
		return evaluation;
	}

	private static void print(String title, Evaluation evaluation) {
		System.out.println("# " + title);
		if (!evaluation.sentimentByLanguage.isEmpty()) {
			System.out.println("Sentiment by language\n" + Table.sentiment(evaluation, true).markdown());
			System.out.println("Sentiment by source file\n" + Table.sentiment(evaluation, false).markdown());
		}
		if (!evaluation.emotions.isEmpty()) {
			System.out.println("Emotions\n" + Table.emotions(evaluation.emotions).markdown());
		}
		System.out.println("Language detection\n" + Table.detection(evaluation.detectionByLanguage).markdown());
	}
}
