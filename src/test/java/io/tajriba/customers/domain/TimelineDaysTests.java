package io.tajriba.customers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.tajriba.customers.domain.TimelineDays.Day;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineDaysTests {

	record Item(String name, Instant at) {
	}

	@Test
	void itemsAreGroupedByTheDayOfTheZoneNewestFirst() {
		Item morning = new Item("morning", Instant.parse("2026-03-01T06:00:00Z"));
		Item lateInTehran = new Item("late", Instant.parse("2026-03-01T20:00:00Z")); // 23:30 in Tehran
		Item afterMidnight = new Item("after midnight", Instant.parse("2026-03-01T21:00:00Z")); // 00:30 next day
		Item earlier = new Item("earlier", Instant.parse("2026-02-27T12:00:00Z"));

		List<Day<Item>> days = TimelineDays.group(List.of(morning, earlier, afterMidnight, lateInTehran), Item::at,
				ZoneId.of("Asia/Tehran"));

		assertThat(days).extracting(Day::date).containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 2, 27));
		assertThat(days.get(0).items()).containsExactly(afterMidnight);
		assertThat(days.get(1).items()).containsExactly(lateInTehran, morning);
		assertThat(days.get(1).at()).isEqualTo(lateInTehran.at());
	}

	@Test
	void inUtcTheSameItemsFallOnOtherDays() {
		Item late = new Item("late", Instant.parse("2026-03-01T20:00:00Z"));
		Item afterMidnight = new Item("after midnight", Instant.parse("2026-03-01T21:00:00Z"));
		assertThat(TimelineDays.group(List.of(late, afterMidnight), Item::at, ZoneId.of("UTC"))).hasSize(1);
	}

	@Test
	void noItemsNoDays() {
		assertThat(TimelineDays.group(List.<Item>of(), Item::at, ZoneId.of("UTC"))).isEmpty();
	}
}
