package io.tajriba.employees.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodFiguresTests {

	static final UUID W1 = UUID.randomUUID();
	static final UUID W2 = UUID.randomUUID();

	private static Leaf leaf(UUID wave, String department, String team, @Nullable String location, long promoters,
			long detractors) {
		return new Leaf(wave, department, team, location, new Tally(promoters, 0, detractors));
	}

	/** Support: Billing 12, Claims 7, Night 4; Sales 10; Ops 8, in wave 1; in wave 2 Night has 6. */
	private static List<Leaf> leaves() {
		List<Leaf> leaves = new ArrayList<>();
		leaves.add(leaf(W1, "Support", "Billing", "Tehran", 8, 4));
		leaves.add(leaf(W1, "Support", "Claims", "Tehran", 3, 4));
		leaves.add(leaf(W1, "Support", "Night", "Tehran", 0, 4));
		leaves.add(leaf(W1, "Sales", "Field", "Shiraz", 5, 5));
		leaves.add(leaf(W1, "Ops", "Depot", "Shiraz", 4, 4));
		leaves.add(leaf(W2, "Support", "Billing", "Tehran", 6, 6));
		leaves.add(leaf(W2, "Support", "Claims", "Tehran", 3, 4));
		leaves.add(leaf(W2, "Support", "Night", "Tehran", 6, 0));
		leaves.add(leaf(W2, "Sales", "Field", "Shiraz", 5, 5));
		leaves.add(leaf(W2, "Ops", "Depot", "Tabriz", 1, 1));
		return leaves;
	}

	private static Map<String, PeriodFigures.GroupFigure> byName(List<PeriodFigures.GroupFigure> figures) {
		return figures.stream().collect(Collectors.toMap(f -> f.group().name(), Function.identity()));
	}

	@Test
	void aSmallTeamAndItsSmallestSiblingAreHiddenAndTheDepartmentIsShown() {
		PeriodFigures figures = PeriodFigures.of(List.of(W1), leaves(), 5);
		var teams = byName(figures.groups(Level.TEAM));
		assertThat(teams.get("Billing").tally()).isEqualTo(new Tally(8, 0, 4));
		assertThat(teams.get("Claims").hidden()).isTrue();
		assertThat(teams.get("Night").hidden()).isTrue();
		assertThat(byName(figures.groups(Level.DEPARTMENT)).get("Support").tally()).isEqualTo(new Tally(11, 0, 12));
		assertThat(figures.overall()).isEqualTo(new Tally(20, 0, 21));
	}

	@Test
	void aPeriodAddsOnlyReleasedCellsSoDroppingAWaveRevealsNothing() {
		PeriodFigures both = PeriodFigures.of(List.of(W1, W2), leaves(), 5);
		PeriodFigures second = PeriodFigures.of(List.of(W2), leaves(), 5);
		var teamsBoth = byName(both.groups(Level.TEAM));
		var teamsSecond = byName(second.groups(Level.TEAM));
		// wave 2: Billing 12, Claims 7, Night 6: all shown; wave 1: Claims and Night hidden
		assertThat(teamsSecond.get("Night").tally()).isEqualTo(new Tally(6, 0, 0));
		assertThat(teamsBoth.get("Night").tally()).isEqualTo(new Tally(6, 0, 0));
		assertThat(teamsBoth.get("Claims").tally()).isEqualTo(new Tally(3, 0, 4));
		assertThat(teamsBoth.get("Billing").tally()).isEqualTo(new Tally(14, 0, 10));
	}

	@Test
	void aSmallDepartmentHidesItsSmallestSiblingAndAllTheirTeams() {
		// wave 2: Ops has 2 answers, hidden; Sales (10) is the smallest shown department and is hidden with it
		PeriodFigures figures = PeriodFigures.of(List.of(W2), leaves(), 5);
		var departments = byName(figures.groups(Level.DEPARTMENT));
		assertThat(departments.get("Ops").hidden()).isTrue();
		assertThat(departments.get("Sales").hidden()).isTrue();
		assertThat(departments.get("Support").hidden()).isFalse();
		var teams = byName(figures.groups(Level.TEAM));
		assertThat(teams.get("Field").hidden()).isTrue();
		assertThat(teams.get("Depot").hidden()).isTrue();
		assertThat(figures.overall()).isEqualTo(new Tally(15, 0, 10));
	}

	@Test
	void locationsFollowTheSameRules() {
		PeriodFigures figures = PeriodFigures.of(List.of(W2), leaves(), 5);
		var locations = byName(figures.groups(Level.LOCATION));
		assertThat(locations.get("Tabriz").hidden()).isTrue();
		assertThat(locations.get("Shiraz").hidden()).isTrue();
		assertThat(locations.get("Tehran").tally()).isEqualTo(new Tally(15, 0, 10));
	}

	@Test
	void theTrendHidesTheWavesOfAGroupThatWereNotReleased() {
		PeriodFigures figures = PeriodFigures.of(List.of(W1, W2), leaves(), 5);
		var trend = figures.trend(Level.TEAM, "Night");
		assertThat(trend).extracting(PeriodFigures.WavePoint::tally).containsExactly(null, new Tally(6, 0, 0));
		assertThat(figures.trend(Level.TEAM, null).get(0).tally()).isEqualTo(new Tally(20, 0, 21));
	}

	@Test
	void answersAreReadableOnlyInReleasedCells() {
		PeriodFigures figures = PeriodFigures.of(List.of(W1, W2), leaves(), 5);
		assertThat(figures.readable(Level.TEAM, "Night", leaf(W1, "Support", "Night", "Tehran", 1, 0))).isFalse();
		assertThat(figures.readable(Level.TEAM, "Night", leaf(W2, "Support", "Night", "Tehran", 1, 0))).isTrue();
		assertThat(figures.readable(Level.TEAM, null, leaf(W2, "Ops", "Depot", "Tabriz", 1, 0))).isFalse();
		assertThat(figures.readable(Level.TEAM, null, leaf(W1, "Ops", "Depot", "Shiraz", 1, 0))).isTrue();
		assertThat(figures.shown(Level.TEAM, "Claims")).isTrue();
		assertThat(figures.shown(Level.DEPARTMENT, "Ops")).isTrue();
	}
}
