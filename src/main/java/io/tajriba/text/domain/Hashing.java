package io.tajriba.text.domain;

/** 64-bit FNV-1a over chars and a finaliser that spreads the bits; the same in training and at run time. */
public final class Hashing {

	static final long OFFSET = 0xcbf29ce484222325L;
	static final long PRIME = 0x100000001b3L;

	private Hashing() {
	}

	public static long chars(char[] text, int from, int to) {
		long h = OFFSET;
		for (int i = from; i < to; i++) {
			h = (h ^ text[i]) * PRIME;
		}
		return h;
	}

	public static long of(String word) {
		var chars = word.toCharArray();
		return chars(chars, 0, chars.length);
	}

	static long step(long h, char c) {
		return (h ^ c) * PRIME;
	}

	static long combine(long a, long b) {
		return (a * 0x9E3779B97F4A7C15L) ^ b;
	}

	/** Murmur3's 64-bit finaliser. */
	static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}
}
