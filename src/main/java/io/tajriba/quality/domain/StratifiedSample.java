package io.tajriba.quality.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A stratified random sample without replacement: {@code n} items shared among the strata in proportion to their
 * sizes (largest remainders), at least one from every non-empty stratum when {@code n} allows, never more than a
 * stratum holds, then drawn uniformly within each stratum. Each item of stratum h is so included with probability
 * n<sub>h</sub>/N<sub>h</sub>. The same seed draws the same sample: strata are taken in key order and the items of
 * a stratum in their natural order, whatever order they were handed over in.
 */
public final class StratifiedSample {

	/** One drawn item, its stratum and how many items that stratum held. */
	public record Pick(String stratum, String item, int stratumSize) {
	}

	private StratifiedSample() {
	}

	/**
	 * How many of {@code n} each stratum gets: the quota n·N<sub>h</sub>/N rounded by largest remainders (ties to the
	 * larger stratum, then the first key), a stratum whose quota is below one raised to one when n is at least the
	 * number of non-empty strata, and every stratum capped at its size; all of every stratum when n ≥ N.
	 */
	public static Map<String, Integer> allocate(int n, Map<String, Integer> sizes) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative");
		}
		Map<String, Integer> allocation = new TreeMap<>();
		long total = 0;
		int nonEmpty = 0;
		for (Map.Entry<String, Integer> stratum : new TreeMap<>(sizes).entrySet()) {
			if (stratum.getValue() < 0) {
				throw new IllegalArgumentException("a stratum's size must not be negative");
			}
			allocation.put(stratum.getKey(), 0);
			total += stratum.getValue();
			nonEmpty += stratum.getValue() > 0 ? 1 : 0;
		}
		if (n >= total) {
			allocation.replaceAll((key, zero) -> sizes.get(key));
			return allocation;
		}
		int least = n >= nonEmpty ? 1 : 0;
		// strata fixed at their floor (one) or their size take their share out of n; the rest share what is left
		Map<String, Integer> fixed = new TreeMap<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			long left = n - fixed.values().stream().mapToLong(Integer::longValue).sum();
			long free = total - fixed.keySet().stream().mapToLong(sizes::get).sum();
			for (String key : allocation.keySet()) {
				int size = sizes.get(key);
				if (fixed.containsKey(key) || size == 0) {
					continue;
				}
				double quota = (double) left * size / free;
				if (quota < least || quota > size) {
					fixed.put(key, quota < least ? least : size);
					changed = true;
				}
			}
		}
		allocation.putAll(fixed);
		largestRemainders(n, sizes, fixed, allocation);
		return allocation;
	}

	private static void largestRemainders(int n, Map<String, Integer> sizes, Map<String, Integer> fixed,
			Map<String, Integer> allocation) {
		long left = n - fixed.values().stream().mapToLong(Integer::longValue).sum();
		long free = 0;
		List<String> open = new ArrayList<>();
		for (String key : allocation.keySet()) {
			if (!fixed.containsKey(key) && sizes.get(key) > 0) {
				open.add(key);
				free += sizes.get(key);
			}
		}
		Map<String, Double> remainders = new TreeMap<>();
		long given = 0;
		for (String key : open) {
			double quota = (double) left * sizes.get(key) / free;
			int floor = (int) Math.floor(quota);
			allocation.put(key, floor);
			remainders.put(key, quota - floor);
			given += floor;
		}
		open.sort(Comparator.comparing((String key) -> -remainders.get(key))
			.thenComparing(key -> -sizes.get(key))
			.thenComparing(Comparator.naturalOrder()));
		for (int i = 0; i < left - given; i++) {
			allocation.merge(open.get(i), 1, Integer::sum);
		}
	}

	/** Draws {@code n} of the items, stratum by stratum as {@link #allocate} shares them, with this seed. */
	public static List<Pick> draw(int n, Map<String, ? extends List<String>> strata, long seed) {
		Map<String, List<String>> sorted = new TreeMap<>();
		Map<String, Integer> sizes = new TreeMap<>();
		strata.forEach((key, items) -> {
			List<String> distinct = items.stream().distinct().sorted().toList();
			sorted.put(key, distinct);
			sizes.put(key, distinct.size());
		});
		Map<String, Integer> allocation = allocate(n, sizes);
		Random random = new Random(seed);
		List<Pick> picks = new ArrayList<>();
		for (Map.Entry<String, List<String>> stratum : sorted.entrySet()) {
			List<String> items = new ArrayList<>(stratum.getValue());
			int take = allocation.get(stratum.getKey());
			// the first take places of a Fisher–Yates shuffle: a uniform draw without replacement
			for (int i = 0; i < take; i++) {
				int j = i + random.nextInt(items.size() - i);
				String chosen = items.set(j, items.get(i));
				items.set(i, chosen);
				picks.add(new Pick(stratum.getKey(), chosen, items.size()));
			}
		}
		return List.copyOf(picks);
	}

	/** A seed from its parts (a workspace, a week, an agent): the same parts, the same seed, on every machine. */
	public static long seed(String... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				sha.update(part.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			byte[] digest = sha.digest();
			long seed = 0;
			for (int i = 0; i < 8; i++) {
				seed = seed << 8 | (digest[i] & 0xff);
			}
			return seed;
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}
