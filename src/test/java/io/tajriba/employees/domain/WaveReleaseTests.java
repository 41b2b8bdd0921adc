package io.tajriba.employees.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One wave's release across the two ways of cutting it: department and team, and location. */
class WaveReleaseTests {

	static final UUID WAVE = UUID.randomUUID();

	static Leaf leaf(String department, String team, String location, long n) {
		return new Leaf(WAVE, department, team, location, new Tally(n, 0, 0));
	}

	@Test
	void aLocationInsideADepartmentIsHiddenWhenTheRestOfTheDepartmentIsSmall() {
		// Ops: Field (6 answers, all in Tabriz) and Desk (2, in Tehran); Sales: 20 in Tehran, 10 in Tabriz
		List<Leaf> leaves = List.of(leaf("Ops", "Field", "Tabriz", 6), leaf("Ops", "Desk", "Tehran", 2),
				leaf("Sales", "North", "Tehran", 20), leaf("Sales", "South", "Tabriz", 10));
		WaveRelease release = WaveRelease.of(leaves, 5);
		assertThat(release.released(Level.DEPARTMENT)).containsKeys(GroupKey.of("Ops"), GroupKey.of("Sales"));
		assertThat(release.released(Level.TEAM)).doesNotContainKeys(new GroupKey("Desk", "Ops"),
				new GroupKey("Field", "Ops"));
		// Ops minus Tabriz would be Desk's two answers: Tabriz is hidden, and Tehran, its only sibling, with it
		assertThat(release.released(Level.LOCATION)).isEmpty();
	}

	@Test
	void locationsThatSplitEveryShownGroupIntoLargePartsStayShown() {
		List<Leaf> leaves = List.of(leaf("Ops", "Field", "Tabriz", 6), leaf("Ops", "Desk", "Tehran", 7),
				leaf("Sales", "North", "Tehran", 20), leaf("Sales", "South", "Tabriz", 10));
		WaveRelease release = WaveRelease.of(leaves, 5);
		assertThat(release.released(Level.LOCATION)).containsOnlyKeys(GroupKey.of("Tabriz"), GroupKey.of("Tehran"));
		assertThat(release.released(Level.TEAM)).hasSize(4);
	}
}
