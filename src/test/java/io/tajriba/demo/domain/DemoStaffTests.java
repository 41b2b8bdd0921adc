package io.tajriba.demo.domain;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo company's staff and how they answer the pulse. */
class DemoStaffTests {

	static final List<String> ITEMS = List.of("enps", "enable_tools", "engagement_proud", "recognition");

	@Test
	void aHundredAndTwentyTwoPeopleWithTheTwentyAgentsAmongThem() {
		List<DemoStaff.Person> people = DemoStaff.people();
		assertThat(people).hasSize(122);
		assertThat(people.stream().map(DemoStaff.Person::id).distinct()).hasSize(122);
		assertThat(people.stream().map(DemoStaff.Person::email).distinct()).hasSize(122);
		assertThat(people.stream().filter(p -> p.agent() != null).map(DemoStaff.Person::agent))
			.containsExactlyInAnyOrderElementsOf(Agents.NAMES);
		assertThat(people.stream().map(DemoStaff.Person::language).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("en", "fa", "ar", "he");
		assertThat(DemoStaff.TEAMS.stream().filter(t -> t.size() < 5).map(DemoStaff.Team::name))
			.containsExactlyInAnyOrder("Night shift", "Returns desk", "People");
	}

	@Test
	void theFallingTeamsENpsFallsWhileTheOthersHold() {
		assertThat(enps(DemoStaff.FALLING, 0)).isGreaterThan(20);
		assertThat(enps(DemoStaff.FALLING, 5)).isLessThan(-25);
		assertThat(enps("Care south", 0)).isBetween(5.0, 40.0);
		assertThat(enps("Care south", 5)).isBetween(5.0, 40.0);
	}

	@Test
	void aboutSevenInTenAnswerAndItemsStayOnTheirScale() {
		DemoStaff.Person person = DemoStaff.people().get(0);
		SplittableRandom random = new SplittableRandom(3);
		int answered = 0;
		for (int i = 0; i < 4000; i++) {
			var answer = DemoPulseAnswers.of(person, 2, 6, ITEMS, random);
			if (answer.isPresent()) {
				answered++;
				assertThat(answer.get().enps()).isBetween(0, 10);
				assertThat(answer.get().items()).containsOnlyKeys("enable_tools", "engagement_proud", "recognition");
				assertThat(answer.get().items().values()).allSatisfy(v -> assertThat(v).isBetween(1, 5));
			}
		}
		assertThat(answered / 4000.0).isBetween(0.69, 0.75);
	}

	/** The eNPS of many simulated answers of a team at a wave of six. */
	private static double enps(String team, int wave) {
		DemoStaff.Person person = DemoStaff.people().stream().filter(p -> p.team().equals(team)).findFirst()
			.orElseThrow();
		SplittableRandom random = new SplittableRandom(11);
		int promoters = 0;
		int detractors = 0;
		int n = 0;
		for (int i = 0; i < 20_000; i++) {
			var answer = DemoPulseAnswers.of(person, wave, 6, ITEMS, random);
			if (answer.isPresent()) {
				n++;
				promoters += answer.get().enps() >= 9 ? 1 : 0;
				detractors += answer.get().enps() <= 6 ? 1 : 0;
			}
		}
		return 100.0 * (promoters - detractors) / n;
	}
}
