package io.tajriba.text.domain;

/** Hash to bit set of themes, by open addressing over primitive arrays, so matching boxes nothing. */
final class HashIndex {

	private long[] keys = new long[64];
	private long[] values = new long[64];
	private int size;

	void or(long hash, long bits) {
		if (size * 2 >= keys.length) {
			grow();
		}
		long key = hash == 0 ? 1 : hash;
		int i = slot(key);
		if (keys[i] == 0) {
			keys[i] = key;
			size++;
		}
		values[i] |= bits;
	}

	long get(long hash) {
		long key = hash == 0 ? 1 : hash;
		int mask = keys.length - 1;
		int i = (int) Hashing.mix(key) & mask;
		while (keys[i] != 0) {
			if (keys[i] == key) {
				return values[i];
			}
			i = (i + 1) & mask;
		}
		return 0;
	}

	private int slot(long key) {
		int mask = keys.length - 1;
		int i = (int) Hashing.mix(key) & mask;
		while (keys[i] != 0 && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private void grow() {
		var oldKeys = keys;
		var oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new long[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				or(oldKeys[i], oldValues[i]);
			}
		}
	}
}
