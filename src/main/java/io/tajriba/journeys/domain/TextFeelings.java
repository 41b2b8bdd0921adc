package io.tajriba.journeys.domain;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;

/**
 * What text analytics read in interactions' texts, tied to their rows: each row's sentiment and emotions (codes
 * 0-15 of the caller's dictionary, as a bit mask). A text names its customer and when it was written, which is when
 * the interaction happened; of several texts of one customer in the same second each takes the next row with text.
 * Eight bytes a text, sorted once when first read.
 */
public final class TextFeelings {

	/** Emotion codes from 0 to this (excluded) fit the mask. */
	public static final int EMOTIONS = 16;

	private final JourneyEvents events;
	private final IntPredicate hasText;
	private final BitSet taken = new BitSet();
	private long[] packed = new long[64];
	private int size;
	private boolean sorted = true;

	public TextFeelings(JourneyEvents events, IntPredicate hasText) {
		this.events = events;
		this.hasText = hasText;
	}

	/** Ties a text to its row; answers the row, or -1 when the customer has no text row free at that second. */
	public int add(int customer, long epochSecond, Sentiment sentiment, int emotionMask) {
		if (emotionMask < 0 || emotionMask >= 1 << EMOTIONS) {
			throw new IllegalArgumentException("emotion mask out of range: " + emotionMask);
		}
		int row = BadMoments.rowAt(events, customer, epochSecond, r -> hasText.test(r) && !taken.get(r));
		if (row < 0) {
			return -1;
		}
		taken.set(row);
		if (size == packed.length) {
			packed = Arrays.copyOf(packed, size * 2);
		}
		sorted &= size == 0 || row > (int) (packed[size - 1] >>> 32);
		packed[size++] = (long) row << 32 | (long) sentiment.ordinal() << EMOTIONS | emotionMask;
		return row;
	}

	/** The sentiment read in the row's text; null when no analysed text is tied to it. */
	public @Nullable Sentiment sentiment(int row) {
		int at = find(row);
		return at < 0 ? null : Sentiment.values()[(int) (packed[at] >>> EMOTIONS & 0xFFFF)];
	}

	/** The emotions read in the row's text as a mask of codes; 0 when none or no text is tied to it. */
	public int emotions(int row) {
		int at = find(row);
		return at < 0 ? 0 : (int) (packed[at] & ((1 << EMOTIONS) - 1));
	}

	/** How many texts were tied to rows. */
	public int size() {
		return size;
	}

	private int find(int row) {
		if (!taken.get(row)) {
			return -1;
		}
		if (!sorted) {
			Arrays.sort(packed, 0, size);
			sorted = true;
		}
		int low = 0;
		int high = size - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int at = (int) (packed[middle] >>> 32);
			if (at < row) {
				low = middle + 1;
			}
			else if (at > row) {
				high = middle - 1;
			}
			else {
				return middle;
			}
		}
		return -1;
	}
}
