package io.tajriba.employees.domain;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The groups of one wave that may be shown: the workspace is shown with k answers or more, departments and locations
 * within it and teams within their department by {@link Suppression}. Everything else about the wave is hidden.
 */
public final class WaveRelease {

	private final Map<GroupKey, Tally> teams = new LinkedHashMap<>();
	private final Map<GroupKey, Tally> departments = new LinkedHashMap<>();
	private final Map<GroupKey, Tally> locations = new LinkedHashMap<>();
	private final Map<Level, Set<GroupKey>> present = new EnumMap<>(Level.class);

	private WaveRelease() {
	}

	/** The release of one wave's cells (all of the same wave) under threshold k. */
	public static WaveRelease of(List<Leaf> leaves, int k) {
		WaveRelease release = new WaveRelease();
		Map<String, Tally> departments = new TreeMap<>();
		Map<String, Map<String, Tally>> teams = new TreeMap<>();
		Map<String, Tally> locations = new TreeMap<>();
		long total = 0;
		for (Leaf leaf : leaves) {
			if (leaf.tally().n() == 0) {
				continue;
			}
			total += leaf.tally().n();
			departments.merge(leaf.department(), leaf.tally(), Tally::plus);
			teams.computeIfAbsent(leaf.department(), d -> new TreeMap<>()).merge(leaf.team(), leaf.tally(), Tally::plus);
			locations.merge(Level.LOCATION.of(leaf).name(), leaf.tally(), Tally::plus);
			for (Level level : Level.values()) {
				release.present.computeIfAbsent(level, l -> new HashSet<>()).add(level.of(leaf));
			}
		}
		boolean workspaceShown = total >= k;
		Set<String> hiddenDepartments = Suppression.hidden(sizes(departments), k, workspaceShown);
		departments.forEach((department, tally) -> {
			if (!hiddenDepartments.contains(department)) {
				release.departments.put(GroupKey.of(department), tally);
			}
			Map<String, Tally> inDepartment = teams.get(department);
			Set<String> hiddenTeams = Suppression.hidden(sizes(inDepartment), k,
					!hiddenDepartments.contains(department));
			inDepartment.forEach((team, t) -> {
				if (!hiddenTeams.contains(team)) {
					release.teams.put(new GroupKey(team, department), t);
				}
			});
		});
		Set<String> hiddenLocations = hiddenLocations(leaves, sizes(locations), k, workspaceShown, release);
		locations.forEach((location, tally) -> {
			if (!hiddenLocations.contains(location)) {
				release.locations.put(GroupKey.of(location), tally);
			}
		});
		return release;
	}

	/**
	 * Locations cut across departments and teams, so a location is also hidden when a shown department or team
	 * splits across it into a part of fewer than k answers: that part (the department in the location, or outside
	 * it) would otherwise be the department's figure minus the location's, when the location lies within the
	 * department, or the location's minus the department's part in it. Each such location is hidden with its
	 * complement, again and again until none is left.
	 */
	private static Set<String> hiddenLocations(List<Leaf> leaves, Map<String, Long> sizes, int k, boolean shown,
			WaveRelease release) {
		Set<String> hidden = Suppression.hidden(sizes, k, shown);
		while (true) {
			Set<String> forced = new HashSet<>(hidden);
			for (String location : sizes.keySet()) {
				if (!hidden.contains(location) && splitsSmall(leaves, location, k, release)) {
					forced.add(location);
				}
			}
			if (forced.equals(hidden)) {
				return hidden;
			}
			hidden = Suppression.hidden(sizes, k, shown, forced);
		}
	}

	private static boolean splitsSmall(List<Leaf> leaves, String location, int k, WaveRelease release) {
		Map<GroupKey, long[]> parts = new LinkedHashMap<>();
		for (Leaf leaf : leaves) {
			boolean inside = Level.LOCATION.of(leaf).name().equals(location);
			for (GroupKey group : List.of(GroupKey.of(leaf.department()), new GroupKey(leaf.team(), leaf.department()))) {
				parts.computeIfAbsent(group, g -> new long[2])[inside ? 0 : 1] += leaf.tally().n();
			}
		}
		for (var part : parts.entrySet()) {
			GroupKey group = part.getKey();
			boolean groupShown = group.department() == null ? release.departments.containsKey(group)
					: release.teams.containsKey(group);
			if (groupShown && (small(part.getValue()[0], k) || small(part.getValue()[1], k))) {
				return true;
			}
		}
		return false;
	}

	private static boolean small(long n, int k) {
		return n > 0 && n < k;
	}

	private static Map<String, Long> sizes(Map<String, Tally> tallies) {
		Map<String, Long> sizes = new TreeMap<>();
		tallies.forEach((name, tally) -> sizes.put(name, tally.n()));
		return sizes;
	}

	/** The released groups of a level with their answers. */
	public Map<GroupKey, Tally> released(Level level) {
		return Map.copyOf(switch (level) {
			case TEAM -> teams;
			case DEPARTMENT -> departments;
			case LOCATION -> locations;
		});
	}

	public boolean released(Level level, GroupKey group) {
		return released(level).containsKey(group);
	}

	/** Every group of a level that answered in this wave, released or not. */
	public Set<GroupKey> groups(Level level) {
		return Set.copyOf(present.getOrDefault(level, Set.of()));
	}

	/**
	 * The workspace's figure of this wave: the sum of its released departments, so that it adds only groups large
	 * enough to show and, less hidden departments, reveals nothing about them.
	 */
	public Tally overall() {
		return departments.values().stream().reduce(Tally.NONE, Tally::plus);
	}
}
