package io.tajriba.quality.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tajriba.interactions.Interactions;
import io.tajriba.interactions.InteractionsRecorded;
import io.tajriba.surveys.ResponseSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Adds the agents the data names to the directory as it is recorded, after the ingest has committed (the
 * event publication registry redelivers what a crash interrupted), and notes which responses are about which agent.
 */
@Component
class AgentDiscovery {

	private final AgentStore store;
	private final Interactions interactions;
	private final Clock clock;

	AgentDiscovery(AgentStore store, Interactions interactions, Clock clock) {
		this.store = store;
		this.interactions = interactions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ResponseSubmitted submitted) {
		String agent = submitted.agent();
		if (AgentStore.fits(agent)) {
			store.discover(submitted.workspaceId(), List.of(agent), clock.instant());
			store.recordResponse(submitted.workspaceId(), submitted.responseId(), agent, submitted.completedAt());
		}
	}

	@ApplicationModuleListener
	void on(InteractionsRecorded recorded) {
		// the batch's agents, found by the database rather than by reading every row of the batch again
		Set<String> agents = new HashSet<>();
		interactions.agentsOf(recorded).stream().filter(AgentStore::fits).forEach(agents::add);
		store.discover(recorded.workspaceId(), agents, clock.instant());
	}
}
