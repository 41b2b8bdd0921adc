package io.tajriba.text.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Markdown table, also printed to the console by the evaluation command. */
final class Table {

	private final List<String> header;
	private final List<List<String>> rows = new ArrayList<>();

	Table(String... header) {
		this.header = List.of(header);
	}

	Table row(List<String> row) {
		rows.add(row);
		return this;
	}

	Table row(String... row) {
		return row(List.of(row));
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	String markdown() {
		var out = new StringBuilder();
		out.append("| ").append(String.join(" | ", header)).append(" |\n");
		out.append("|").append("---|".repeat(header.size())).append('\n');
		rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
		return out.toString();
	}

	/**
	 * Balanced figures beside the natural ones, per language (with the balanced mean over its files) or per
	 * file: macro-F1 and the F1 of neutral, the weakest class, where the data has it.
	 */
	static Table sentiment(Evaluation evaluation, boolean byLanguage) {
		var table = new Table(byLanguage ? "language" : "file", "labels", "balanced texts", "balanced macro-F1 %",
				byLanguage ? "balanced, mean over files %" : "language", "balanced neutral F1 %", "natural texts",
				"natural accuracy %", "natural macro-F1 %", "natural neutral F1 %");
		var natural = byLanguage ? evaluation.sentimentByLanguage : evaluation.sentimentByFile;
		var balanced = byLanguage ? evaluation.balancedByLanguage : evaluation.balancedByFile;
		natural.forEach((name, n) -> {
			var b = balanced.getOrDefault(name, new Scores());
			table.row(name, n.labels(), String.valueOf(b.total()), Scores.percent(b.macroF1()),
					byLanguage ? Scores.percent(evaluation.balancedMeanOverFiles(name)) : evaluation.languageOfFile.get(name),
					Scores.percent(b.f1("neutral")), String.valueOf(n.total()), Scores.percent(n.accuracy()),
					Scores.percent(n.macroF1()), Scores.percent(n.f1("neutral")));
		});
		return table;
	}

	static Table emotions(Map<String, Map<io.tajriba.text.domain.Emotion, int[]>> emotions) {
		var table = new Table("language or file", "emotion F1 % (texts with it)", "macro-F1 %");
		emotions.forEach((name, counts) -> {
			var cells = new ArrayList<String>();
			counts.forEach((emotion, c) -> cells.add(emotion.code() + " " + Scores.percent(Scores.f1(c)) + " (" + c[0] + ")"));
			table.row(name, String.join(", ", cells), Scores.percent(Evaluation.macroF1(counts)));
		});
		return table;
	}

	static Table detection(Map<String, Scores> scores) {
		var table = new Table("language", "texts", "detected correctly %");
		scores.forEach((name, s) -> table.row(name, String.valueOf(s.total()), Scores.percent(s.accuracy())));
		return table;
	}
}
