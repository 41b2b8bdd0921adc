package io.tajriba.employees.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import io.tajriba.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PulseRotationTests {

	static final List<String> POOL = List.of("a", "b", "c", "d", "e", "f", "g", "h");

	@Test
	void eachWaveAsksTheItemsAfterThoseOfTheWaveBeforeCyclingThroughThePool() {
		assertThat(PulseRotation.items(POOL, 3, 1)).containsExactly("a", "b", "c");
		assertThat(PulseRotation.items(POOL, 3, 2)).containsExactly("d", "e", "f");
		assertThat(PulseRotation.items(POOL, 3, 3)).containsExactly("g", "h", "a");
		assertThat(PulseRotation.items(POOL, 3, 4)).containsExactly("b", "c", "d");
		// eight waves of three ask every item three times
		var counts = IntStream.rangeClosed(1, 8).boxed().flatMap(n -> PulseRotation.items(POOL, 3, n).stream())
			.collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
		assertThat(counts.values()).containsOnly(3L);
		assertThat(PulseRotation.items(POOL, 8, 5)).isEqualTo(POOL);
		assertThat(PulseRotation.items(POOL, 20, 2)).isEqualTo(POOL);
		assertThat(PulseRotation.items(List.of(), 3, 1)).isEmpty();
	}

	@Test
	void theSampleIsTheRoundedUpShareDrawnWithoutRepeats() {
		assertThat(PulseRotation.sampleSize(10, 50)).isEqualTo(5);
		assertThat(PulseRotation.sampleSize(7, 50)).isEqualTo(4);
		assertThat(PulseRotation.sampleSize(3, 1)).isEqualTo(1);
		assertThat(PulseRotation.sampleSize(0, 100)).isZero();
		List<Integer> people = IntStream.range(0, 40).boxed().toList();
		List<Integer> drawn = PulseRotation.sample(people, 25, new Random(7));
		assertThat(drawn).hasSize(10).doesNotHaveDuplicates().allMatch(people::contains);
		assertThat(PulseRotation.sample(people, 100, new Random(7))).containsExactlyInAnyOrderElementsOf(people);
		// over many draws everyone gets drawn: not always the first ten
		var seen = new HashSet<Integer>();
		Random random = new Random(11);
		for (int i = 0; i < 50; i++) {
			seen.addAll(PulseRotation.sample(people, 25, random));
		}
		assertThat(seen).hasSize(40);
	}

	@Test
	void aPlanNamesItsBadFieldAndCadencesMoveTheNextWave() {
		assertThatThrownBy(() -> new PulsePlan("P", "daily", 3, 100, 7, 3))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("cadence"));
		assertThatThrownBy(() -> new PulsePlan(" ", "weekly", 3, 100, 7, 3))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
		assertThatThrownBy(() -> new PulsePlan("P", "weekly", 0, 100, 7, 3))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("itemsPerWave"));
		assertThatThrownBy(() -> new PulsePlan("P", "weekly", 3, 101, 7, 3))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("samplePercent"));
		assertThatThrownBy(() -> new PulsePlan("P", "weekly", 3, 100, 29, 3))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("openDays"));
		assertThatThrownBy(() -> new PulsePlan("P", "weekly", 3, 100, 5, 5))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reminderDays"));
		LocalDate day = LocalDate.of(2026, 1, 31);
		assertThat(new PulsePlan("P", "weekly", 3, 100, 7, 3).next(day)).isEqualTo(LocalDate.of(2026, 2, 7));
		assertThat(new PulsePlan("P", "biweekly", 3, 100, 7, 3).next(day)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(new PulsePlan("P", "monthly", 3, 100, 7, 0).next(day)).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void anAnswerNeedsItsEnpsAndKeepsToTheWavesItems() {
		List<String> items = List.of("recognition", "enable_tools");
		var good = PulseAnswerCheck.check(items, Map.of("enps", "9", "recognition", 4, "comment", "  fine  "));
		assertThat(good.errors()).isEmpty();
		assertThat(good.answer().enps()).isEqualTo(9);
		assertThat(good.answer().items()).isEqualTo(Map.of("recognition", 4));
		assertThat(good.answer().comment()).isEqualTo("fine");
		assertThat(PulseAnswerCheck.check(items, Map.of("recognition", "4")).errors()).containsEntry("enps", "required");
		assertThat(PulseAnswerCheck.check(items, Map.of("enps", "11")).errors()).containsEntry("enps", "range");
		assertThat(PulseAnswerCheck.check(items, Map.of("enps", "7.5")).errors()).containsEntry("enps", "range");
		assertThat(PulseAnswerCheck.check(items, Map.of("enps", 7, "enable_tools", 0)).errors())
			.containsEntry("enable_tools", "range");
		assertThat(PulseAnswerCheck.check(items, Map.of("enps", 7, "manager_support", 3)).errors())
			.containsEntry("manager_support", "unknown");
		assertThat(PulseAnswerCheck.check(items, Map.of("enps", 7, "comment", "x".repeat(5001))).errors())
			.containsEntry("comment", "too_long");
		var blank = PulseAnswerCheck.check(items, Map.of("enps", 0, "recognition", "", "comment", " "));
		assertThat(blank.errors()).isEmpty();
		assertThat(blank.answer().items()).isEmpty();
		assertThat(blank.answer().comment()).isNull();
	}
}
