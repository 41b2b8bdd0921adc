package io.tajriba.journeys.domain;

import java.util.Arrays;

/**
 * Interactions as columns of primitives, one row each, added in customer-then-time order: customers are dense
 * codes (0, 1, 2, ... as the rows reach them), touchpoints, channels and types are {@link Dictionary} codes, the
 * stage is an index into the map (or {@link StageAssignment#UNASSIGNED}). Ten million rows take about 220 MB and no
 * object each; every analysis reads them in one pass, a customer's rows at a time. Rows out of order are refused
 * when added, because every analysis relies on the order. Not thread-safe while being filled.
 */
public final class JourneyEvents {

	/** Flag: the interaction happened on a channel whose kind is online (web, app, e-mail, chat, social...). */
	public static final int ONLINE = 1;
	/** Flag: the customer had a bad experience (detractor score, negative sentiment, failure, repeated contact). */
	public static final int BAD = 2;
	/** Flag: the interaction is a purchase. */
	public static final int PURCHASE = 4;

	public static final int NONE = -1;

	private int size;
	private int[] customers;
	private long[] times;
	private byte[] stages;
	private int[] touchpoints;
	private short[] channels;
	private short[] types;
	private byte[] flags;

	public JourneyEvents(int capacity) {
		int initial = Math.max(16, capacity);
		customers = new int[initial];
		times = new long[initial];
		stages = new byte[initial];
		touchpoints = new int[initial];
		channels = new short[initial];
		types = new short[initial];
		flags = new byte[initial];
	}

	public static int flags(boolean online, boolean bad, boolean purchase) {
		return (online ? ONLINE : 0) | (bad ? BAD : 0) | (purchase ? PURCHASE : 0);
	}

	/**
	 * Adds a row; {@code touchpoint}, {@code channel} and {@code type} may be {@link #NONE}. Throws when the row
	 * comes before the previous one in customer-then-time order.
	 */
	public void add(int customer, long epochSecond, int stage, int touchpoint, int channel, int type, int flagBits) {
		check(customer, epochSecond, stage, touchpoint, channel, type, flagBits);
		if (size == customers.length) {
			grow();
		}
		customers[size] = customer;
		times[size] = epochSecond;
		stages[size] = (byte) stage;
		touchpoints[size] = touchpoint;
		channels[size] = (short) channel;
		types[size] = (short) type;
		flags[size] = (byte) flagBits;
		size++;
	}

	private void check(int customer, long time, int stage, int touchpoint, int channel, int type, int flagBits) {
		if (customer < 0 || stage < NONE || stage >= JourneyMap.MAX_STAGES || touchpoint < NONE
				|| channel < NONE || channel > Short.MAX_VALUE || type < NONE || type > Short.MAX_VALUE
				|| (flagBits & ~(ONLINE | BAD | PURCHASE)) != 0) {
			throw new IllegalArgumentException("row " + size + " has a code out of range");
		}
		if (size > 0 && (customer < customers[size - 1]
				|| customer == customers[size - 1] && time < times[size - 1])) {
			throw new IllegalArgumentException("row " + size + " breaks customer-then-time order");
		}
	}

	private void grow() {
		int capacity = customers.length + (customers.length >> 1);
		customers = Arrays.copyOf(customers, capacity);
		times = Arrays.copyOf(times, capacity);
		stages = Arrays.copyOf(stages, capacity);
		touchpoints = Arrays.copyOf(touchpoints, capacity);
		channels = Arrays.copyOf(channels, capacity);
		types = Arrays.copyOf(types, capacity);
		flags = Arrays.copyOf(flags, capacity);
	}

	public int size() {
		return size;
	}

	/** One more than the highest customer code: the length of per-customer arrays. */
	public int customerCount() {
		return size == 0 ? 0 : customers[size - 1] + 1;
	}

	/** The index after the last row of the customer whose rows start at {@code start}. */
	public int runEnd(int start) {
		int customer = customers[start];
		int end = start + 1;
		while (end < size && customers[end] == customer) {
			end++;
		}
		return end;
	}

	public int customer(int row) {
		return customers[row];
	}

	public long epochSecond(int row) {
		return times[row];
	}

	public int stage(int row) {
		return stages[row];
	}

	public int touchpoint(int row) {
		return touchpoints[row];
	}

	public int channel(int row) {
		return channels[row];
	}

	public int type(int row) {
		return types[row];
	}

	public boolean online(int row) {
		return (flags[row] & ONLINE) != 0;
	}

	public boolean bad(int row) {
		return (flags[row] & BAD) != 0;
	}

	public boolean purchase(int row) {
		return (flags[row] & PURCHASE) != 0;
	}
}
