package io.tajriba.journeys.domain;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.JourneyEvents.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JourneyEventsTests {

	@Test
	void keepsRowsAndFindsEachCustomersRun() {
		var events = new JourneyEvents(1);
		for (int i = 0; i < 40; i++) {
			events.add(i / 10, i, i % 7, i, 3, 2, JourneyEvents.flags(i % 2 == 0, i % 3 == 0, i == 5));
		}
		assertThat(events.size()).isEqualTo(40);
		assertThat(events.customerCount()).isEqualTo(4);
		assertThat(events.runEnd(0)).isEqualTo(10);
		assertThat(events.runEnd(13)).isEqualTo(20);
		assertThat(events.runEnd(30)).isEqualTo(40);
		assertThat(events.stage(9)).isEqualTo(2);
		assertThat(events.online(4)).isTrue();
		assertThat(events.bad(4)).isFalse();
		assertThat(events.bad(3)).isTrue();
		assertThat(events.purchase(5)).isTrue();
		assertThat(events.channel(39)).isEqualTo(3);
	}

	@Test
	void findsRunsOfCustomersWithGapsInTheirCodesAndAfterMoreRows() {
		var events = new JourneyEvents(4);
		events.add(0, 1, 0, NONE, NONE, NONE, 0);
		events.add(0, 2, 0, NONE, NONE, NONE, 0);
		events.add(2, 1, 0, NONE, NONE, NONE, 0);
		assertThat(events.runStart(0)).isZero();
		assertThat(events.runStart(1)).isEqualTo(-1);
		assertThat(events.runStart(2)).isEqualTo(2);
		assertThat(events.runStart(3)).isEqualTo(-1);
		assertThat(events.runStart(-1)).isEqualTo(-1);
		assertThat(events.runEnd(2)).isEqualTo(3);
		events.add(2, 5, 0, NONE, NONE, NONE, 0);
		events.add(3, 0, 0, NONE, NONE, NONE, 0);
		var view = events.withBad(new java.util.BitSet());
		assertThat(view.runEnd(2)).isEqualTo(4);
		assertThat(view.runStart(3)).isEqualTo(4);
		assertThat(view.runEnd(4)).isEqualTo(5);
		assertThatThrownBy(() -> events.runEnd(5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesRowsOutOfOrder() {
		var events = new JourneyEvents(4);
		events.add(1, 100, 0, NONE, NONE, NONE, 0);
		events.add(1, 100, 1, NONE, NONE, NONE, 0);
		assertThatThrownBy(() -> events.add(1, 99, 0, NONE, NONE, NONE, 0)).hasMessageContaining("order");
		assertThatThrownBy(() -> events.add(0, 200, 0, NONE, NONE, NONE, 0)).hasMessageContaining("order");
		events.add(3, 0, 0, NONE, NONE, NONE, 0);
		assertThat(events.customerCount()).isEqualTo(4);
	}

	@Test
	void refusesCodesOutOfRange() {
		var events = new JourneyEvents(4);
		assertThatThrownBy(() -> events.add(0, 0, 20, NONE, NONE, NONE, 0)).hasMessageContaining("range");
		assertThatThrownBy(() -> events.add(0, 0, -2, NONE, NONE, NONE, 0)).hasMessageContaining("range");
		assertThatThrownBy(() -> events.add(0, 0, 0, NONE, 40_000, NONE, 0)).hasMessageContaining("range");
		assertThatThrownBy(() -> events.add(0, 0, 0, NONE, NONE, NONE, 8)).hasMessageContaining("range");
	}

	@Test
	void dictionaryCodesNamesInOrderOfFirstSight() {
		var dictionary = new Dictionary();
		assertThat(dictionary.encode("checkout")).isZero();
		assertThat(dictionary.encode("IVR billing")).isEqualTo(1);
		assertThat(dictionary.encode("checkout")).isZero();
		assertThat(dictionary.codeOf("IVR billing")).isEqualTo(1);
		assertThat(dictionary.codeOf("nowhere")).isEqualTo(-1);
		assertThat(dictionary.name(1)).isEqualTo("IVR billing");
		assertThat(dictionary.size()).isEqualTo(2);
	}

	@Test
	void customersWithoutFactsHaveNoPersonaNoChurnNoRevenue() {
		var customers = new JourneyCustomers(3);
		customers.set(1, 2, true, 120.5);
		assertThat(customers.count()).isEqualTo(3);
		assertThat(customers.persona(0)).isEqualTo(JourneyCustomers.NO_PERSONA);
		assertThat(customers.churned(0)).isFalse();
		assertThat(customers.persona(1)).isEqualTo(2);
		assertThat(customers.churned(1)).isTrue();
		assertThat(customers.revenue(1)).isEqualTo(120.5);
		assertThatThrownBy(() -> customers.set(2, -2, false, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> customers.set(2, 0, false, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> customers.set(2, 0, false, -1)).isInstanceOf(IllegalArgumentException.class);
	}
}
