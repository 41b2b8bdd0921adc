package io.tajriba.text.domain;

/**
 * How texts become features: {@code bits} of hash space (2^bits weights per class), character n-grams of
 * {@code charMin} to {@code charMax} letters inside each word (0 for none), and word bigrams or not.
 */
public record FeatureConfig(int bits, int charMin, int charMax, boolean wordBigrams) {

	public FeatureConfig {
		if (bits < 10 || bits > 24 || charMin < 0 || charMax < charMin || charMax > 8) {
			throw new IllegalArgumentException("bad feature configuration");
		}
	}

	public int buckets() {
		return 1 << bits;
	}
}
