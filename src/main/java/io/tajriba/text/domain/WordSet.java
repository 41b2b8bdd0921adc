package io.tajriba.text.domain;

import java.util.Collection;

/** A set of word hashes (open addressing over a long array): looked up per token, so nothing is boxed. */
public final class WordSet {

	private final long[] slots;
	private final int mask;

	public WordSet(Collection<String> words) {
		int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
		slots = new long[capacity];
		mask = capacity - 1;
		for (var word : words) {
			add(Hashing.of(TextNormalizer.normalize(word)));
		}
	}

	private void add(long hash) {
		long key = hash == 0 ? 1 : hash;
		int i = (int) Hashing.mix(key) & mask;
		while (slots[i] != 0 && slots[i] != key) {
			i = (i + 1) & mask;
		}
		slots[i] = key;
	}

	public boolean contains(long hash) {
		long key = hash == 0 ? 1 : hash;
		int i = (int) Hashing.mix(key) & mask;
		while (slots[i] != 0) {
			if (slots[i] == key) {
				return true;
			}
			i = (i + 1) & mask;
		}
		return false;
	}
}
