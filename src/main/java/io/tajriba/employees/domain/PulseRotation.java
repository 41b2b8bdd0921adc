package io.tajriba.employees.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Which items a wave asks and whom: wave n asks the {@code perWave} items after those of wave n−1 in the
 * programme's order, starting again from the first at the end (all of them when there are no more than that);
 * the invited are a random {@code percent} of the active employees, rounded up.
 */
public final class PulseRotation {

	private PulseRotation() {
	}

	/** The items of wave {@code number} (1 for the first) among {@code pool}, in the pool's order of rotation. */
	public static List<String> items(List<String> pool, int perWave, int number) {
		if (pool.isEmpty()) {
			return List.of();
		}
		if (perWave >= pool.size()) {
			return List.copyOf(pool);
		}
		int start = (int) (((long) (number - 1) * perWave) % pool.size());
		List<String> items = new ArrayList<>(perWave);
		for (int i = 0; i < perWave; i++) {
			items.add(pool.get((start + i) % pool.size()));
		}
		return List.copyOf(items);
	}

	/** How many of {@code active} employees a sample of {@code percent} invites: rounded up, none of none. */
	public static int sampleSize(int active, int percent) {
		return (int) Math.ceil(active * percent / 100.0);
	}

	/** A random {@code percent} of {@code people}, each as likely as any other to be drawn. */
	public static <T> List<T> sample(List<T> people, int percent, RandomGenerator random) {
		List<T> shuffled = new ArrayList<>(people);
		for (int i = shuffled.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T t = shuffled.get(i);
			shuffled.set(i, shuffled.get(j));
			shuffled.set(j, t);
		}
		return List.copyOf(shuffled.subList(0, sampleSize(people.size(), percent)));
	}
}
