package io.tajriba.text.training;

import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import io.tajriba.text.domain.FeatureConfig;
import io.tajriba.text.domain.FeatureExtractor;
import io.tajriba.text.domain.Features;
import io.tajriba.text.domain.Lexicon;
import io.tajriba.text.domain.TextLanguage;
import io.tajriba.text.domain.Tokens;

/**
 * Texts as liblinear rows, through the very feature extractor the application uses: buckets sorted and
 * summed, every value times the text's scale, and a constant bias feature after the last bucket.
 */
final class Vectors {

	private Vectors() {
	}

	static Feature[][] of(List<Example> examples, FeatureConfig config, TextLanguage language) {
		var extractor = new FeatureExtractor(config, Lexicon.of(language));
		var tokens = new Tokens();
		var rows = new Feature[examples.size()][];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = row(extractor.extract(tokens.read(examples.get(i).text())), config.buckets());
		}
		return rows;
	}

	private static Feature[] row(Features features, int buckets) {
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
