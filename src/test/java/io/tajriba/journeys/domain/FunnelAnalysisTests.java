package io.tajriba.journeys.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.tajriba.journeys.domain.JourneyEvents.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Four stages, six customers, counted by hand (hours since the start; on = online channel):
 * <pre>
 * c0 persona 0: s0 @0 on, s1 @2 on, s2 @5, s3 @30
 * c1 persona 0: s0 @0 on, s1 @10 on, s0 @11 on
 * c2 persona 1: s1 @0 on, s2 @4
 * c3 persona 1: s2 @0, s1 @3            (reaches s1 only after s2)
 * c4 persona 1: unassigned @1           (counts nowhere)
 * c5 persona 0: s0 @0 on, s0 @1 on
 * </pre>
 */
class FunnelAnalysisTests {

	private static final int STAGES = 4;
	private static final int ONLINE = JourneyEvents.ONLINE;

	private final JourneyEvents events = new JourneyEvents(16);
	private final JourneyCustomers customers = new JourneyCustomers(6);

	FunnelAnalysisTests() {
		add(0, 0, 0, ONLINE);
		add(0, 2, 1, ONLINE);
		add(0, 5, 2, 0);
		add(0, 30, 3, 0);
		add(1, 0, 0, ONLINE);
		add(1, 10, 1, ONLINE);
		add(1, 11, 0, ONLINE);
		add(2, 0, 1, ONLINE);
		add(2, 4, 2, 0);
		add(3, 0, 2, 0);
		add(3, 3, 1, 0);
		add(4, 1, NONE, 0);
		add(5, 0, 0, ONLINE);
		add(5, 1, 0, ONLINE);
		int[] personas = {0, 0, 1, 1, 1, 0};
		for (int c = 0; c < personas.length; c++) {
			customers.set(c, personas[c], false, 0);
		}
	}

	private void add(int customer, int hour, int stage, int flags) {
		events.add(customer, hour * 3600L, stage, NONE, flags == ONLINE ? 0 : 1, NONE, flags);
	}

	@Test
	void allCustomersAllTime() {
		Funnel funnel = FunnelAnalysis.run(events, customers, STAGES, TimeWindow.ALL, FunnelSegment.ALL);
		assertThat(funnel.customers()).isEqualTo(5);
		assertThat(funnel.stages()).map(StageFunnel::reached).containsExactly(3L, 4L, 3L, 1L);
		assertThat(converted(funnel)).containsExactly(2L, 2L, 1L);
		assertThat(funnel.stages().get(0).dropOff().successes()).isEqualTo(1);
		assertThat(funnel.stages().get(1).dropOff().value()).isEqualTo(0.5);
		assertThat(funnel.stages().get(3).conversion()).isNull();
		assertThat(funnel.stages().get(3).dropOff()).isNull();
		// c0 after 2 h and c1 after 10 h; c0 after 3 h and c2 after 4 h; c0 after 25 h
		assertThat(funnel.stages()).map(s -> s.timeToNext().hours()).containsExactly(6.0, 3.5, 25.0, 0.0);
		assertThat(funnel.stages().get(0).reach()).isEqualTo(Rate.of(3, 5));
		assertThat(funnel.stages().get(0).conversion()).isEqualTo(Rate.of(2, 3));
	}

	@Test
	void onlineInteractionsOnly() {
		Funnel online = FunnelAnalysis.run(events, customers, STAGES, TimeWindow.ALL,
				FunnelSegment.persona(FunnelSegment.ANY, ChannelKind.ONLINE));
		assertThat(online.customers()).isEqualTo(4);
		assertThat(online.stages()).map(StageFunnel::reached).containsExactly(3L, 3L, 0L, 0L);
		assertThat(converted(online)).containsExactly(2L, 0L, 0L);
	}

	@Test
	void personasAndChannelKindsSideBySideInOnePass() {
		List<Funnel> funnels = FunnelAnalysis.run(events, customers, STAGES, TimeWindow.ALL, List.of(
				FunnelSegment.persona(1, ChannelKind.ANY), FunnelSegment.persona(1, ChannelKind.OFFLINE),
				new FunnelSegment(FunnelSegment.ANY, ChannelKind.ANY, 1)));
		Funnel persona = funnels.get(0);
		assertThat(persona.customers()).isEqualTo(2);
		assertThat(persona.stages()).map(StageFunnel::reached).containsExactly(0L, 2L, 2L, 0L);
		assertThat(converted(persona)).containsExactly(0L, 1L, 0L);
		assertThat(persona.stages().get(1).timeToNext().hours()).isEqualTo(4.0);
		Funnel offline = funnels.get(1);
		assertThat(offline.stages()).map(StageFunnel::reached).containsExactly(0L, 1L, 2L, 0L);
		assertThat(converted(offline)).containsExactly(0L, 0L, 0L);
		// channel 1 carries the same rows as offline, for every persona: c0's s2 and s3 as well
		Funnel channel = funnels.get(2);
		assertThat(channel.stages()).map(StageFunnel::reached).containsExactly(0L, 1L, 3L, 1L);
		assertThat(converted(channel)).containsExactly(0L, 0L, 1L);
	}

	@Test
	void timeWindowDropsInteractionsOutsideIt() {
		// from 1 h to 100 h: c0 s1 s2 s3; c1 s1 then s0; c2 s2; c3 s1; c5 s0
		Funnel window = FunnelAnalysis.run(events, customers, STAGES, new TimeWindow(3600, 360_000),
				FunnelSegment.ALL);
		assertThat(window.customers()).isEqualTo(5);
		assertThat(window.stages()).map(StageFunnel::reached).containsExactly(2L, 3L, 2L, 1L);
		assertThat(converted(window)).containsExactly(0L, 1L, 1L);
	}

	@Test
	void refusesStagesBeyondTheMapAndMissingCustomers() {
		assertThatThrownBy(() -> FunnelAnalysis.run(events, customers, 3, TimeWindow.ALL, FunnelSegment.ALL))
			.hasMessageContaining("stage 3 of 3");
		assertThatThrownBy(() -> FunnelAnalysis.run(events, new JourneyCustomers(2), STAGES, TimeWindow.ALL,
				FunnelSegment.ALL)).hasMessageContaining("customers");
	}

	private static List<Long> converted(Funnel funnel) {
		return funnel.stages().subList(0, STAGES - 1).stream().map(s -> s.conversion().successes()).toList();
	}
}
