package io.tajriba.text.domain;

import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * Texts as liblinear rows, through the very feature extractor the application uses: buckets sorted and
 * summed, every value times the text's scale, and a constant bias feature after the last bucket.
 */
public final class LiblinearRows {

	private LiblinearRows() {
	}

	public static Feature[][] of(List<String> texts, FeatureConfig config, TextLanguage language) {
		var extractor = new FeatureExtractor(config, Lexicon.of(language));
		var tokens = new Tokens();
		var rows = new Feature[texts.size()][];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = row(extractor.extract(tokens.read(texts.get(i))), config.buckets());
		}
		return rows;
	}

	/** One text's row: its buckets (1-based), then the constant bias feature {@code buckets + 1}. */
	public static Feature[] row(Features features, int buckets) {
		int n = features.size();
		var pairs = new long[n];
		for (int i = 0; i < n; i++) {
			pairs[i] = (long) features.index(i) << 32 | i;
		}
		Arrays.sort(pairs);
		float scale = features.scale();
		var row = new Feature[n + 1];
		int size = 0;
		for (int i = 0; i < n; i++) {
			int bucket = (int) (pairs[i] >>> 32);
			double value = features.value((int) pairs[i]) * scale;
			if (size > 0 && row[size - 1].getIndex() == bucket + 1) {
				row[size - 1].setValue(row[size - 1].getValue() + value);
			} else {
				row[size++] = new FeatureNode(bucket + 1, value);
			}
		}
		row[size++] = new FeatureNode(buckets + 1, 1.0);
		return Arrays.copyOf(row, size);
	}
}
