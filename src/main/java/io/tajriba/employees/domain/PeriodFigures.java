package io.tajriba.employees.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Figures over a period of waves, built from released cells only: a wave's answers enter a group's figure only if
 * that group's cell of that wave is released, so that adding or dropping a wave at either end of the period can
 * never reveal a hidden cell by differencing two periods. The workspace's figure adds the released departments of
 * each wave: figures add only groups large enough to show.
 */
public final class PeriodFigures {

	/** A group's figure over the period; {@code tally} is null when none of its cells was released (hidden). */
	public record GroupFigure(GroupKey group, @Nullable Tally tally) {

		public boolean hidden() {
			return tally == null;
		}
	}

	/** One wave's figure of a group, null when hidden. */
	public record WavePoint(UUID wave, @Nullable Tally tally) {
	}

	private final List<UUID> waves;
	private final Map<UUID, WaveRelease> releases;

	private PeriodFigures(List<UUID> waves, Map<UUID, WaveRelease> releases) {
		this.waves = waves;
		this.releases = releases;
	}

	/** The period of these waves (in the order given), their answers' cells and the threshold. */
	public static PeriodFigures of(List<UUID> waves, List<Leaf> leaves, int k) {
		Map<UUID, List<Leaf>> byWave = new HashMap<>();
		for (Leaf leaf : leaves) {
			byWave.computeIfAbsent(leaf.wave(), w -> new ArrayList<>()).add(leaf);
		}
		Map<UUID, WaveRelease> releases = new HashMap<>();
		for (UUID wave : waves) {
			releases.put(wave, WaveRelease.of(byWave.getOrDefault(wave, List.of()), k));
		}
		return new PeriodFigures(List.copyOf(waves), releases);
	}

	/** Every group of the level that answered in the period, by department then name, hidden ones without figure. */
	public List<GroupFigure> groups(Level level) {
		Map<GroupKey, Tally> sums = new HashMap<>();
		Set<GroupKey> all = new HashSet<>();
		for (UUID wave : waves) {
			WaveRelease release = releases.get(wave);
			all.addAll(release.groups(level));
			release.released(level).forEach((key, tally) -> sums.merge(key, tally, Tally::plus));
		}
		return all.stream()
			.sorted(Comparator.comparing((GroupKey key) -> key.department() == null ? "" : key.department())
				.thenComparing(GroupKey::name))
			.map(key -> new GroupFigure(key, sums.get(key)))
			.toList();
	}

	/** The workspace's figure: the released departments of every wave; null when none was released. */
	public @Nullable Tally overall() {
		Tally sum = Tally.NONE;
		for (UUID wave : waves) {
			sum = sum.plus(releases.get(wave).overall());
		}
		return sum.n() == 0 ? null : sum;
	}

	/**
	 * Per wave, the figure of the groups of this name (a team's cells in any department it sat in), or of the
	 * workspace when {@code group} is null; hidden where no such cell was released.
	 */
	public List<WavePoint> trend(Level level, @Nullable String group) {
		List<WavePoint> points = new ArrayList<>();
		for (UUID wave : waves) {
			WaveRelease release = releases.get(wave);
			Tally tally = group == null ? release.overall() : release.released(level).entrySet().stream()
				.filter(e -> e.getKey().name().equals(group))
				.map(Map.Entry::getValue)
				.reduce(Tally.NONE, Tally::plus);
			points.add(new WavePoint(wave, tally.n() == 0 ? null : tally));
		}
		return points;
	}

	/**
	 * Whether an answer of this wave from this team, department and location may be read as part of the group
	 * (or of the workspace when {@code group} is null: its department's cell released).
	 */
	public boolean readable(Level level, @Nullable String group, Leaf answer) {
		WaveRelease release = releases.get(answer.wave());
		if (release == null) {
			return false;
		}
		if (group == null) {
			return release.released(Level.DEPARTMENT, Level.DEPARTMENT.of(answer));
		}
		GroupKey key = level.of(answer);
		return key.name().equals(group) && release.released(level, key);
	}

	/** Whether any cell of the group (of this name) was released in the period. */
	public boolean shown(Level level, String group) {
		return waves.stream().anyMatch(wave -> releases.get(wave).released(level).keySet().stream()
			.anyMatch(key -> key.name().equals(group)));
	}
}
