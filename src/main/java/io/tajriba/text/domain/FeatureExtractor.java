package io.tajriba.text.domain;

/**
 * Turns a text into hashed features for the linear models, the same way in training and at run time.
 * <ul>
 * <li>Words and word bigrams, emoji, and '!' and '?'.</li>
 * <li>Negation: the up to three words after a negator («not», «نه», «لا», «غير», «לא»), until a sentence mark
 * or a contrast word («but», «اما», «لكن», «אבל»), count against their own polarity (value −1, their
 * character n-grams too) and add a negated feature of their own. The first lets «نه خوب» be negative although the data never saw it; the
 * second lets the data correct where turning is wrong («not bad» is mildly positive, not as negative as
 * «bad»).</li>
 * <li>Intensifiers («very», «خیلی», «جدا», «מאוד») are no feature themselves but make the next word count one
 * and a half times; in Arabic and Hebrew, where they mostly follow the word («جيد جدا», «טוב מאוד»), the
 * previous word too. Only the unstrengthened value counts in the text's length, so strengthening shows.</li>
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
		int previousEnd = -1;
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
			bigram(previous, h);
			if (intensifier) {
				// The intensifier itself is no feature (it goes with good and bad alike): it strengthens its word.
				if (intensifiersFollow && previousWord >= 0) {
					features.scale(previousWord, previousEnd, 1.5f);
				}
			} else {
				float value = negated > 0 ? -boost : boost;
				previousWord = features.size;
				word(h, value, negated > 0);
				if (kind == Tokens.WORD) {
					chars(tokens, t, value);
				}
				previousEnd = features.size;
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

	/** A word with its value: 1, times 1.5 after an intensifier, negative after a negator. */
	private void word(long h, float value, boolean negated) {
		features.add(h, value, 1f);
		if (negated) {
			features.add(h ^ NEGATED, 1f);
		}
	}

	private void bigram(long previous, long h) {
		if (config.wordBigrams() && previous != 0) {
			features.add(Hashing.combine(previous ^ BIGRAM, h), 1f);
		}
	}

	/** The character n-grams of a word, turned and strengthened as the word is. */
	private void chars(Tokens tokens, int t, float value) {
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
					features.add(h, 0.5f * value, 0.5f);
				}
			}
		}
	}

	public FeatureConfig config() {
		return config;
	}
}
