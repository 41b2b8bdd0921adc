package io.tajriba.journeys.domain;

import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Customer ids to dense codes (0, 1, 2, ... in the order first seen), in open addressing over primitive arrays: a
 * lookup touches one slot or a few neighbours, where a {@code HashMap<UUID, Integer>} of 440,000 customers follows
 * three pointers to scattered objects. Filled by one thread, then read by any.
 */
public final class CustomerCodes {

	public static final int NONE = -1;

	private long[] highs;
	private long[] lows;
	/** Code + 1 in each slot; 0 marks an empty slot. */
	private int[] codes;
	private UUID[] ids;
	private int size;

	public CustomerCodes() {
		allocate(1 << 10);
		ids = new UUID[1 << 9];
	}

	/** The customer's code, giving the next code to an id not seen before. */
	public int encode(UUID id) {
		int slot = slot(id);
		if (codes[slot] != 0) {
			return codes[slot] - 1;
		}
		if (size == ids.length) {
			ids = Arrays.copyOf(ids, size * 2);
		}
		ids[size] = id;
		highs[slot] = id.getMostSignificantBits();
		lows[slot] = id.getLeastSignificantBits();
		codes[slot] = ++size;
		if (size * 2 > codes.length) {
			rehash();
		}
		return size - 1;
	}

	/** The customer's code, or {@link #NONE} for an id not seen (or null). */
	public int codeOf(@Nullable UUID id) {
		if (id == null) {
			return NONE;
		}
		return codes[slot(id)] - 1;
	}

	/** The id with this code. */
	public UUID id(int code) {
		if (code < 0 || code >= size) {
			throw new IndexOutOfBoundsException("no customer code " + code);
		}
		return ids[code];
	}

	public int size() {
		return size;
	}

	/** The id's slot: where it is, or the empty slot where it would go. */
	private int slot(UUID id) {
		long high = id.getMostSignificantBits();
		long low = id.getLeastSignificantBits();
		int mask = codes.length - 1;
		int slot = mix(high, low) & mask;
		while (codes[slot] != 0 && (highs[slot] != high || lows[slot] != low)) {
			slot = slot + 1 & mask;
		}
		return slot;
	}

	private static int mix(long high, long low) {
		long h = (high ^ low) * 0x9E3779B97F4A7C15L;
		return (int) (h ^ h >>> 32);
	}

	private void allocate(int capacity) {
		highs = new long[capacity];
		lows = new long[capacity];
		codes = new int[capacity];
	}

	private void rehash() {
		int[] oldCodes = codes;
		long[] oldHighs = highs;
		long[] oldLows = lows;
		allocate(oldCodes.length * 2);
		int mask = codes.length - 1;
		for (int i = 0; i < oldCodes.length; i++) {
			if (oldCodes[i] != 0) {
				int slot = mix(oldHighs[i], oldLows[i]) & mask;
				while (codes[slot] != 0) {
					slot = slot + 1 & mask;
				}
				highs[slot] = oldHighs[i];
				lows[slot] = oldLows[i];
				codes[slot] = oldCodes[i];
			}
		}
	}
}
