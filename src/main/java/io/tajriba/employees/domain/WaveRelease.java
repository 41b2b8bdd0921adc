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
		Set<String> hiddenLocations = Suppression.hidden(sizes(locations), k, workspaceShown);
		locations.forEach((location, tally) -> {
			if (!hiddenLocations.contains(location)) {
				release.locations.put(GroupKey.of(location), tally);
			}
		});
		return release;
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
