package io.tajriba.journeys.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.JourneyEvents.BAD;
import static io.tajriba.journeys.domain.JourneyEvents.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerPathTests {

	@Test
	void consecutiveInteractionsInAStageMakeOneVisit() {
		var events = new JourneyEvents(8);
		events.add(0, 10, 0, 7, NONE, NONE, 0);
		events.add(0, 20, 1, 3, NONE, NONE, 0);
		events.add(0, 25, NONE, 9, NONE, NONE, 0);
		events.add(0, 30, 1, 4, NONE, NONE, BAD);
		events.add(0, 40, 1, 3, NONE, NONE, 0);
		events.add(0, 50, 4, NONE, NONE, NONE, 0);
		events.add(0, 60, 1, 3, NONE, NONE, 0);
		List<StageVisit> path = CustomerPath.of(events);
		assertThat(path).containsExactly(new StageVisit(0, 10, 10, 1, List.of(7), false),
				new StageVisit(1, 20, 40, 3, List.of(3, 4), true), new StageVisit(4, 50, 50, 1, List.of(), false),
				new StageVisit(1, 60, 60, 1, List.of(3), false));
	}

	@Test
	void oneCustomerOutOfMany() {
		var events = new JourneyEvents(4);
		events.add(0, 1, 0, NONE, NONE, NONE, 0);
		events.add(1, 1, 2, NONE, NONE, NONE, 0);
		events.add(1, 2, NONE, NONE, NONE, NONE, 0);
		events.add(2, 1, 3, NONE, NONE, NONE, 0);
		assertThat(CustomerPath.of(events, 1, events.runEnd(1))).map(StageVisit::stage).containsExactly(2);
		assertThat(CustomerPath.of(events, 2, 3)).isEmpty();
		assertThatThrownBy(() -> CustomerPath.of(events, 0, 2)).hasMessageContaining("one customer");
	}
}
