package io.tajriba.text.domain;

/**
 * Turns a text into hashed features for the linear models, the same way in training and at run time.
 * <ul>
 * <li>Words and word bigrams, emoji, and '!' and '?'.</li>
 * <li>Negation: the up to three words after a negator («not», «نه», «لا», «غير», «לא»), until a sentence mark
 * or a contrast word («but», «اما», «لكن», «אבל»), count against their own polarity (value −1) and add a
 * negated feature of their own. The first lets «نه خوب» be negative although the data never saw it; the
 * second lets the data correct where turning is wrong («not bad» is mildly positive, not as negative as
 * «bad»).</li>
 * <li>Intensifiers («very», «خیلی», «جدا», «מאוד») make the next word count one and a half times; in Arabic
 * and Hebrew, where they mostly follow the word («جيد جدا», «טוב מאוד»), the previous word too.</li>
 * <li>Character n-grams inside each word (with word edges), which catch inflections and spelling variants
 * without a stemmer in each language.</li>
 * </ul>
 * Not thread-safe: one per thread, reused.
 */
public final class FeatureExtractor {

	private static final int NEGATION_SCOPE = 3;
	private static final long NEGATED = 0x5bd1e9955bd1e995L;
	private static final long BIGRAM = 0x27d4eb2f165667c5L;
	private static final long CHARS = 0x94d049bb133111ebL;
	private static final long BIAS = 0x1234567L;

	private final FeatureConfig config;
	private final Lexicon lexicon;
	private final Features features;
	private final boolean intensifiersFollow;

	public FeatureExtractor(FeatureConfig config, Lexicon lexicon) {
		this.config = config;
		this.lexicon = lexicon;
		this.intensifiersFollow = lexicon.intensifiersFollow();
		this.features = new Features(config.bits());
	}

	/** The features of already split text; the answer is reused by the next call. */
	public Features extract(Tokens tokens) {
		features.clear();
		int negated = 0;
		float boost = 1f;
		long previous = 0;
		int previousWord = -1;
		for (int t = 0; t < tokens.size; t++) {
			byte kind = tokens.kind[t];
			long h = tokens.hash[t];
			if (kind == Tokens.BREAK) {
				negated = 0;
				previous = 0;
				previousWord = -1;
				continue;
			}
			if (kind == Tokens.WORD && lexicon.negators().contains(h)) {
				features.add(h, 1f);
				negated = NEGATION_SCOPE;
				bigram(previous, h);
				previous = h;
				continue;
			}
			if (lexicon.contrasts().contains(h)) {
				negated = 0;
			}
			boolean intensifier = lexicon.intensifiers().contains(h);
			if (intensifier && intensifiersFollow && previousWord >= 0) {
				features.scale(previousWord, 1.5f);
			}
			previousWord = features.size;
			word(h, negated > 0, boost);
			bigram(previous, h);
			if (kind == Tokens.WORD) {
				chars(tokens, t);
			}
			boost = intensifier ? 1.5f : 1f;
			negated = kind == Tokens.MARK ? 0 : Math.max(0, negated - 1);
			previous = h;
		}
		if (features.size == 0) {
			features.add(BIAS, 1f);
		}
		return features;
	}

	private void word(long h, boolean negated, float boost) {
		if (negated) {
			features.add(h, -boost);
			features.add(h ^ NEGATED, 1f);
		} else {
			features.add(h, boost);
		}
	}

	private void bigram(long previous, long h) {
		if (config.wordBigrams() && previous != 0) {
			features.add(Hashing.combine(previous ^ BIGRAM, h), 1f);
		}
	}

	private void chars(Tokens tokens, int t) {
		int min = config.charMin();
		if (min == 0) {
			return;
		}
		int max = config.charMax();
		char[] text = tokens.text;
		int from = tokens.start[t];
		int to = tokens.end[t];
		// The word with a space on each side, so that n-grams at its edges differ from those inside it.
		for (int s = from - 1; s <= to - min + 1; s++) {
			long h = CHARS;
			for (int k = 0; k < max; k++) {
				int i = s + k;
				if (i > to) {
					break;
				}
				h = Hashing.step(h, i < from || i == to ? ' ' : text[i]);
				if (k + 1 >= min) {
					features.add(h, 0.5f);
				}
			}
		}
	}

	public FeatureConfig config() {
		return config;
	}
}
