package io.tajriba.employees.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTests {

	private static Map<String, Long> sizes(Object... pairs) {
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			sizes.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
		}
		return sizes;
	}

	@Test
	void groupsOfTheThresholdOrMoreAreAllShown() {
		assertThat(Suppression.hidden(sizes("A", 5, "B", 5, "C", 40), 5, true)).isEmpty();
	}

	@Test
	void oneHiddenTeamAmongThreeTakesTheSmallestShownSiblingWithIt() {
		assertThat(Suppression.hidden(sizes("Billing", 12, "Claims", 7, "Night", 4), 5, true))
			.containsExactlyInAnyOrder("Claims", "Night");
	}

	@Test
	void twoHiddenTeamsHoldingFewerThanKTogetherTakeAThird() {
		assertThat(Suppression.hidden(sizes("A", 10, "B", 8, "C", 2, "D", 1), 5, true))
			.containsExactlyInAnyOrder("B", "C", "D");
	}

	@Test
	void twoHiddenTeamsHoldingKTogetherAreEnough() {
		assertThat(Suppression.hidden(sizes("A", 10, "B", 8, "C", 3, "D", 2), 5, true))
			.containsExactlyInAnyOrder("C", "D");
	}

	@Test
	void theChildrenOfAHiddenParentAreAllHidden() {
		assertThat(Suppression.hidden(sizes("A", 30, "B", 20), 5, false)).containsExactlyInAnyOrder("A", "B");
	}

	@Test
	void aThresholdOfThreeBreaksTiesByName() {
		assertThat(Suppression.hidden(sizes("Beta", 3, "Alpha", 3, "Gamma", 2), 3, true))
			.containsExactlyInAnyOrder("Alpha", "Gamma");
	}

	@Test
	void aThresholdOfTen() {
		assertThat(Suppression.hidden(sizes("A", 20, "B", 9, "C", 15, "D", 10), 10, true))
			.containsExactlyInAnyOrder("B", "D");
		assertThat(Suppression.hidden(sizes("A", 9, "B", 9, "C", 30), 10, true)).containsExactlyInAnyOrder("A", "B");
	}

	@Test
	void whenNoPairIsLargeEnoughAllAreHidden() {
		assertThat(Suppression.hidden(sizes("A", 4, "B", 6), 5, true)).containsExactlyInAnyOrder("A", "B");
	}
}
