package io.tajriba.text.domain;

import java.util.Arrays;

/**
 * The hashed features of one text: bucket indices and signed values in primitive arrays, reused from text to
 * text. The sign comes from the hash, so that colliding features cancel out on average instead of adding up.
 * {@link #scale()} is the inverse Euclidean length of the values, applied to every dot product, so that long
 * and short texts weigh alike.
 */
public final class Features {

	final int mask;
	int[] index = new int[512];
	float[] value = new float[512];
	int size;
	private double squares;

	public Features(int bits) {
		this.mask = (1 << bits) - 1;
	}

	void clear() {
		size = 0;
		squares = 0;
	}

	void add(long hash, float v) {
		add(hash, v, v);
	}

	/** A feature whose length counts as {@code plain}: intensified and turned words weigh as plain ones. */
	void add(long hash, float v, float plain) {
		if (size == index.length) {
			index = Arrays.copyOf(index, size * 2);
			value = Arrays.copyOf(value, size * 2);
		}
		long h = Hashing.mix(hash);
		index[size] = (int) h & mask;
		value[size] = h < 0 ? -v : v;
		squares += plain * plain;
		size++;
	}

	/** Multiplies the values of features {@code from} to {@code to} (a word an intensifier follows). */
	void scale(int from, int to, float factor) {
		for (int i = from; i < to; i++) {
			value[i] *= factor;
		}
	}

	/** A copy that the next extraction does not overwrite. */
	public Features copy() {
		var copy = new Features(Integer.numberOfTrailingZeros(mask + 1));
		copy.index = Arrays.copyOf(index, size);
		copy.value = Arrays.copyOf(value, size);
		copy.size = size;
		copy.squares = squares;
		return copy;
	}

	public int size() {
		return size;
	}

	public int index(int i) {
		return index[i];
	}

	public float value(int i) {
		return value[i];
	}

	public float scale() {
		return squares == 0 ? 0f : (float) (1 / Math.sqrt(squares));
	}
}
