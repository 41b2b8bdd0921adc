package io.tajriba.journeys.domain;

import java.util.Arrays;
import java.util.BitSet;

import org.jspecify.annotations.Nullable;

/**
 * Interactions as columns of primitives, one row each, added in customer-then-time order: customers are dense
 * codes (0, 1, 2, ... as the rows reach them), touchpoints, channels and types are {@link Dictionary} codes, the
 * stage is an index into the map (or {@link StageAssignment#UNASSIGNED}). Ten million rows take about 220 MB and no
 * object each; every analysis reads them in one pass, a customer's rows at a time. Rows out of order are refused
 * when added, because every analysis relies on the order. Not thread-safe while being filled.
 * <p>
 * {@link #withBad} gives a view of the same columns with more rows counted bad (a detractor answer about a visit, a
 * negative text), so that one analysis can widen what a bad experience is without copying or changing rows other
 * analyses of the same events read.
 */
public final class JourneyEvents {

	/** Flag: the interaction happened on a channel whose kind is online (web, app, e-mail, chat, social...). */
	public static final int ONLINE = 1;
	/** Flag: the source recorded a bad experience ({@code properties.outcome = bad}: a failed payment, a lost call). */
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
	/** Rows counted bad beyond their own flag, in a view made by {@link #withBad}; null in the events themselves. */
	private final @Nullable BitSet alsoBad;
	/** The events whose columns these are: this, or the events a view was made of (it keeps the runs' index). */
	private final JourneyEvents base;
	/** Where each customer's rows start and end, made when first asked for and dropped when a row is added. */
	private volatile int @Nullable [][] runs;

	public JourneyEvents(int capacity) {
		int initial = Math.max(16, capacity);
		customers = new int[initial];
		times = new long[initial];
		stages = new byte[initial];
		touchpoints = new int[initial];
		channels = new short[initial];
		types = new short[initial];
		flags = new byte[initial];
		alsoBad = null;
		base = this;
	}

	private JourneyEvents(JourneyEvents events, BitSet alsoBad) {
		size = events.size;
		customers = events.customers;
		times = events.times;
		stages = events.stages;
		touchpoints = events.touchpoints;
		channels = events.channels;
		types = events.types;
		flags = events.flags;
		this.alsoBad = alsoBad;
		base = events.base;
	}

	/**
	 * The same rows, with those in {@code rows} counted bad as well as the ones flagged bad. The view shares the
	 * columns (nothing is copied) and takes no rows: make it once the events are filled.
	 */
	public JourneyEvents withBad(BitSet rows) {
		BitSet copy = (BitSet) rows.clone();
		if (alsoBad != null) {
			copy.or(alsoBad);
		}
		return new JourneyEvents(this, copy);
	}

	public static int flags(boolean online, boolean bad, boolean purchase) {
		return (online ? ONLINE : 0) | (bad ? BAD : 0) | (purchase ? PURCHASE : 0);
	}

	/**
	 * Adds a row; {@code touchpoint}, {@code channel} and {@code type} may be {@link #NONE}. Throws when the row
	 * comes before the previous one in customer-then-time order.
	 */
	public void add(int customer, long epochSecond, int stage, int touchpoint, int channel, int type, int flagBits) {
		if (alsoBad != null) {
			throw new IllegalStateException("a view with more bad rows takes no rows");
		}
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
		runs = null;
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

	/** The index of the customer's first row, or -1 when the customer has none (rows are in customer order). */
	public int runStart(int customer) {
		int[][] index = base.runs();
		return customer < 0 || customer >= index[0].length ? -1 : index[0][customer];
	}

	/** The index after the last row of the customer whose rows start at {@code start}. */
	public int runEnd(int start) {
		if (start < 0 || start >= size) {
			throw new IllegalArgumentException("no row " + start);
		}
		return base.runs()[1][customers[start]];
	}

	/**
	 * Each customer's first row and the row after its last ({@code -1} for a code with no rows): two ints a
	 * customer, made once, so that finding a customer's rows costs no search of the ten million.
	 */
	private int[][] runs() {
		int[][] index = runs;
		if (index == null) {
			int count = customerCount();
			int[] starts = new int[count];
			int[] ends = new int[count];
			Arrays.fill(starts, -1);
			Arrays.fill(ends, -1);
			for (int row = 0; row < size; row++) {
				if (row == 0 || customers[row] != customers[row - 1]) {
					starts[customers[row]] = row;
				}
				ends[customers[row]] = row + 1;
			}
			index = new int[][] { starts, ends };
			runs = index;
		}
		return index;
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

	/** Whether the row counts as a bad experience: flagged so by its source, or counted so by a view. */
	public boolean bad(int row) {
		return (flags[row] & BAD) != 0 || alsoBad != null && alsoBad.get(row);
	}

	/** Whether the row's source flagged it bad ({@code properties.outcome = bad}), whatever a view adds. */
	public boolean flaggedBad(int row) {
		return (flags[row] & BAD) != 0;
	}

	public boolean purchase(int row) {
		return (flags[row] & PURCHASE) != 0;
	}
}
